package cn.gov.dongguan.voucher.domain.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceKind;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * R-BATCH-3, R-CALC-3, R-CALC-6 across a funding year: one continuing lease claimed again in each
 * batch of the year, its payments and invoices spread over the batches' windows. Fed what the
 * earlier batches counted (as the claim ledger answers), no payment and no invoice counts in two
 * batches, and the subsidies of the year never exceed the annual cap.
 */
class ProgrammeYearProperties {

    /**
     * Three windows of funding year 2025, in the order of their start, overlapping: the windows alone
     * do not keep a payment or an invoice from counting twice, what the earlier batches counted does.
     */
    static final List<AccountingWindow> WINDOWS = List.of(
            new AccountingWindow(LocalDate.of(2024, 4, 23), LocalDate.of(2025, 6, 30)),
            new AccountingWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31)),
            new AccountingWindow(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));

    @Property(tries = 300)
    @Tag("R-BATCH-3")
    @Tag("R-CALC-3")
    @Tag("R-CALC-6")
    void no_payment_or_invoice_counts_twice_and_a_year_never_exceeds_the_cap(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 616) Integer> paymentDays,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 616) Integer> invoiceDays,
            @ForAll @LongRange(min = 1_000_000L, max = 60_000_000_00L) long amountFen,
            @ForAll @LongRange(min = 0, max = 1_000_000_00L) long capFen) {
        LocalDate first = WINDOWS.get(0).start();
        ComputeLease lease = DomainFixtures.lease("L-YEAR", DomainFixtures.dongguanEnterprise(1));
        for (int i = 0; i < paymentDays.size(); i++) {
            lease.recordPayment(
                    DomainFixtures.payment(
                            "P" + i,
                            first.plusDays(paymentDays.get(i)).toString(),
                            Money.ofFen(amountFen).toString()),
                    false);
        }
        for (int i = 0; i < invoiceDays.size(); i++) {
            lease.recordInvoice(
                    new Invoice(
                            InvoiceId.of(null, String.format("254420000001%08d", i)),
                            first.plusDays(invoiceDays.get(i)),
                            Money.ofFen(amountFen),
                            InvoiceCopy.INVOICE_COPY,
                            InvoiceKind.NORMAL,
                            DomainFixtures.shenzhenProvider(1)),
                    false);
        }
        Set<PaymentKey> paymentsCounted = new HashSet<>();
        Set<InvoiceId> invoicesCounted = new HashSet<>();
        Money approvedThisYear = Money.ZERO;
        for (AccountingWindow window : WINDOWS) {
            CalculationPolicy policy =
                    new CalculationPolicy(Ratio.HALF, Money.ofFen(capFen), Money.of("50000.00"), window);
            Calculation c = SubsidyCalculator.calculate(new CalculationInput(
                    policy,
                    List.of(lease),
                    Set.copyOf(paymentsCounted),
                    Set.of(),
                    approvedThisYear,
                    null,
                    Set.copyOf(invoicesCounted)));
            List<PaymentKey> payments = new ArrayList<>();
            List<InvoiceId> invoices = new ArrayList<>();
            for (LeaseCalculation l : c.leases()) {
                l.payments().stream()
                        .filter(PaymentLine::counted)
                        .forEach(p -> payments.add(new PaymentKey(l.orderNo(), p.paymentRef())));
                l.invoices().stream().filter(InvoiceLine::counted).forEach(i -> invoices.add(i.invoiceId()));
                // a lease claimed again is never a duplicate: the earlier batch's invoices are already subsidised
                assertThat(l.invoices()).noneMatch(i -> i.reason() == ExclusionReason.DUPLICATE_INVOICE);
            }
            assertThat(payments.stream().filter(paymentsCounted::contains))
                    .as("payments counted again in a later batch")
                    .isEmpty();
            assertThat(invoices.stream().filter(invoicesCounted::contains))
                    .as("invoices counted again in a later batch")
                    .isEmpty();
            paymentsCounted.addAll(payments);
            invoicesCounted.addAll(invoices);
            approvedThisYear = approvedThisYear.plus(c.subsidy());
            assertThat(approvedThisYear).isLessThanOrEqualTo(Money.ofFen(capFen));
        }
    }
}
