package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A payment counted by an approved application: never again, in any batch (R-BATCH-3). */
@Entity
@Table(name = "subsidised_payment")
@IdClass(SubsidisedPaymentJpaEntity.Key.class)
class SubsidisedPaymentJpaEntity {
    @Id
    @Column(name = "order_no")
    String orderNo;

    @Id
    @Column(name = "payment_ref")
    String paymentRef;

    @Column(name = "application_id")
    String applicationId;

    @Column(name = "batch_code")
    String batchCode;

    /** The composite key (lease, payment). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String orderNo;
        String paymentRef;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.orderNo, orderNo) && Objects.equals(k.paymentRef, paymentRef);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderNo, paymentRef);
        }
    }
}
