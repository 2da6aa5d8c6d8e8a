package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gap-free counter, locked for the rest of the transaction whenever it is advanced. */
@Entity
@Table(name = "counter")
class CounterJpaEntity {
    @Id
    @Column(name = "name")
    String name;

    @Column(name = "counter_value")
    long value;

    @Column(name = "last_hash")
    String lastHash;
}
