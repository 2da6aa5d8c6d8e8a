package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Table(name = "usage_record")
class UsageRecordJpaEntity {
    @Id
    @Column(name = "record_id")
    String recordId;

    @Column(name = "order_no")
    String orderNo;

    @Column(name = "period_start")
    OffsetDateTime periodStart;

    @Column(name = "period_end")
    OffsetDateTime periodEnd;

    @Column(name = "card_hours")
    BigDecimal cardHours;

    @Column(name = "utilisation")
    BigDecimal utilisation;
}
