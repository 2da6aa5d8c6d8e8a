package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "town")
class TownJpaEntity {
    @Id
    @Column(name = "code")
    String code;

    @Column(name = "name_zh")
    String nameZh;

    @Column(name = "kind")
    String kind;

    @Column(name = "active")
    boolean active;
}
