package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceKind;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link LeasePort} does. */
public abstract class LeasePortContract extends PortContract {

    protected abstract LeasePort repository();

    @Test
    void a_lease_is_stored_with_its_payments_and_invoices() {
        ComputeLease lease = DomainFixtures.lease("1932244450134986753", DomainFixtures.dongguanEnterprise(201));
        lease.recordPayment(DomainFixtures.payment("P1", "2025-01-10", "60000.00"), false);
        lease.recordPayment(DomainFixtures.payment("P2", "2025-03-10", "40000.00"), false);
        lease.recordInvoice(DomainFixtures.invoice(1, "60000.00"), false);
        lease.recordInvoice(
                new Invoice(
                        InvoiceId.of("4400231130", "01234567"),
                        LocalDate.of(2025, 3, 1),
                        Money.of("-1000.00"),
                        InvoiceCopy.DEDUCTION_COPY,
                        InvoiceKind.RED_LETTER,
                        null),
                false);
        tx(() -> repository().save(lease));

        ComputeLease found = tx(() -> repository().find(lease.orderNo())).orElseThrow();
        assertThat(found.terms()).isEqualTo(lease.terms());
        assertThat(found.payments()).containsExactlyInAnyOrderElementsOf(lease.payments());
        assertThat(found.invoices()).containsExactlyInAnyOrderElementsOf(lease.invoices());
    }

    @Test
    void saving_again_adds_and_replaces_payments() {
        ComputeLease lease = DomainFixtures.lease("L-202", DomainFixtures.dongguanEnterprise(202));
        lease.recordPayment(DomainFixtures.payment("P1", "2025-01-10", "60000.00"), false);
        tx(() -> repository().save(lease));
        ComputeLease again = tx(() -> repository().find(lease.orderNo())).orElseThrow();
        again.recordPayment(DomainFixtures.payment("P1", "2025-01-10", "61000.00"), false);
        again.recordPayment(DomainFixtures.payment("P2", "2025-02-10", "1000.00"), false);
        tx(() -> repository().save(again));
        ComputeLease found = tx(() -> repository().find(lease.orderNo())).orElseThrow();
        assertThat(found.payments()).containsExactlyInAnyOrderElementsOf(again.payments());
    }

    @Test
    void find_all_returns_the_leases_that_exist() {
        tx(() -> repository().save(DomainFixtures.lease("L-203", DomainFixtures.dongguanEnterprise(203))));
        tx(() -> repository().save(DomainFixtures.lease("L-204", DomainFixtures.dongguanEnterprise(203))));
        List<ComputeLease> found = tx(() -> repository()
                .findAll(List.of(OrderNumber.of("L-203"), OrderNumber.of("L-204"), OrderNumber.of("L-NONE"))));
        assertThat(found).extracting(l -> l.orderNo().value()).containsExactlyInAnyOrder("L-203", "L-204");
        assertThat(tx(() -> repository().find(OrderNumber.of("L-NONE")))).isEmpty();
    }
}
