package cn.gov.dongguan.voucher.domain.calculation;

import static cn.gov.dongguan.voucher.domain.DomainFixtures.dongguanEnterprise;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.invoice;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.lease.BillingMode;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceKind;
import cn.gov.dongguan.voucher.domain.lease.LeaseTerms;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.lease.PaymentMethod;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-CALC-1..8 with the hand-computed examples of domain.md and the issue. */
class SubsidyCalculatorTest {

    static final CalculationPolicy POLICY = CalculationPolicy.of(DomainFixtures.batch2025());

    static ComputeLease lease(String orderNo) {
        return DomainFixtures.lease(orderNo, dongguanEnterprise(1));
    }

    static ComputeLease leaseWith(boolean sealed, boolean otherFunding) {
        LeaseTerms t = DomainFixtures.terms(dongguanEnterprise(1));
        return ComputeLease.place(
                OrderNumber.of("L-X"),
                new LeaseTerms(
                        t.applicantUscc(),
                        t.contractNo(),
                        t.productName(),
                        t.productType(),
                        t.resourceType(),
                        BillingMode.PAY_AS_YOU_GO,
                        1,
                        t.start(),
                        t.end(),
                        t.contractAmount(),
                        false,
                        t.provider(),
                        sealed,
                        otherFunding));
    }

    /** One lease paying E in one payment, with one matching invoice. */
    static Calculation calculateFor(String expense) {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("P1", "2025-03-01", expense), false);
        lease.recordInvoice(invoice(1, expense), false);
        return SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
    }

    @Test
    @Tag("R-CALC-4")
    void r_calc_4_payments_of_60000_and_40000_with_matching_invoices_give_e_100000_and_s_50000() {
        ComputeLease lease = lease("1932244450134986753");
        lease.recordPayment(payment("P1", "2025-01-10", "60000.00"), false);
        lease.recordPayment(payment("P2", "2025-03-10", "40000.00"), false);
        lease.recordInvoice(invoice(1, "60000.00"), false);
        lease.recordInvoice(invoice(2, "40000.00"), false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
        assertThat(c.eligibleExpense()).isEqualTo(Money.of("100000.00"));
        assertThat(c.subsidy()).isEqualTo(Money.of("50000.00"));
        assertThat(c.actualPayment()).isEqualTo(Money.of("100000.00"));
        assertThat(c.leases()).singleElement().satisfies(l -> {
            assertThat(l.paid()).isEqualTo(Money.of("100000.00"));
            assertThat(l.invoiced()).isEqualTo(Money.of("100000.00"));
            assertThat(l.payments()).allMatch(PaymentLine::counted);
            assertThat(l.invoices()).allMatch(InvoiceLine::counted);
            assertThat(l.hasInvoiceShortfall()).isFalse();
        });
    }

    @Test
    @Tag("R-CALC-6")
    void r_calc_6_e_123456_79_gives_s_61728_39_rounded_down() {
        assertThat(calculateFor("123456.79").subsidy()).isEqualTo(Money.of("61728.39"));
    }

    @Test
    @Tag("R-CALC-6")
    void r_calc_6_e_2500000_01_is_capped_at_1000000() {
        Calculation c = calculateFor("2500000.01");
        assertThat(c.subsidy()).isEqualTo(Money.of("1000000.00"));
        assertThat(c.cappedByAnnualLimit()).isTrue();
    }

    @Test
    @Tag("R-CALC-7")
    void r_calc_7_e_49999_99_gives_s_0_and_is_below_the_minimum() {
        Calculation c = calculateFor("49999.99");
        assertThat(c.subsidy()).isEqualTo(Money.ZERO);
        assertThat(c.belowMinimum()).isTrue();
        assertThat(calculateFor("50000.00").subsidy()).isEqualTo(Money.of("25000.00"));
    }

    @Test
    @Tag("R-CALC-2")
    void r_calc_2_a_payment_on_22_april_2024_is_outside_the_window_and_one_on_23_april_is_counted() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("EARLY", "2024-04-22", "10000.00"), false);
        lease.recordPayment(payment("FIRST-DAY", "2024-04-23", "20000.00"), false);
        lease.recordPayment(payment("LAST-DAY", "2025-10-31", "30000.00"), false);
        lease.recordPayment(payment("LATE", "2025-11-01", "40000.00"), false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
        assertThat(c.leases().get(0).payments())
                .extracting(PaymentLine::reason)
                .containsExactly(ExclusionReason.OUTSIDE_WINDOW, null, null, ExclusionReason.OUTSIDE_WINDOW);
        assertThat(c.actualPayment()).isEqualTo(Money.of("50000.00"));
    }

    @Test
    @Tag("R-CALC-2")
    void r_calc_2_only_bank_transfers_to_the_designated_account_count() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(
                new Payment(
                        PaymentRef.of("CASH"),
                        LocalDate.of(2025, 1, 1),
                        Money.of("1000.00"),
                        PaymentMethod.CASH,
                        null,
                        DomainFixtures.PROVIDER_ACCOUNT),
                false);
        lease.recordPayment(
                new Payment(
                        PaymentRef.of("ELSEWHERE"),
                        LocalDate.of(2025, 1, 1),
                        Money.of("2000.00"),
                        PaymentMethod.BANK_TRANSFER,
                        null,
                        BankAccountNumber.of("99998888777766665555")),
                false);
        lease.recordPayment(
                new Payment(
                        PaymentRef.of("CASH-ELSEWHERE"),
                        LocalDate.of(2025, 1, 1),
                        Money.of("3000.00"),
                        PaymentMethod.OTHER,
                        null,
                        BankAccountNumber.of("99998888777766665555")),
                false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
        assertThat(c.leases().get(0).payments())
                .extracting(PaymentLine::reason)
                .containsExactly(
                        ExclusionReason.NOT_BANK_TRANSFER,
                        ExclusionReason.WRONG_PAYEE_ACCOUNT,
                        ExclusionReason.NOT_BANK_TRANSFER);
        assertThat(c.actualPayment()).isEqualTo(Money.ZERO);
    }

    @Test
    @Tag("R-CALC-2")
    void r_calc_2_a_payment_subsidised_by_an_earlier_batch_is_excluded_before_the_window_check() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("OLD", "2024-01-01", "5000.00"), false);
        Calculation c = SubsidyCalculator.calculate(new CalculationInput(
                POLICY,
                List.of(lease),
                Set.of(new PaymentKey(OrderNumber.of("L-1"), PaymentRef.of("OLD"))),
                Set.of(),
                Money.ZERO,
                null));
        assertThat(c.leases().get(0).payments().get(0).reason()).isEqualTo(ExclusionReason.ALREADY_SUBSIDISED);
    }

    @Test
    @Tag("R-CALC-1")
    void r_calc_1_an_unsealed_lease_or_one_with_other_fiscal_funding_counts_for_nothing() {
        for (boolean[] flags : new boolean[][] {{false, false}, {false, true}, {true, true}}) {
            ComputeLease lease = leaseWith(flags[0], flags[1]);
            lease.recordPayment(payment("P1", "2024-01-01", "60000.00"), false);
            lease.recordInvoice(
                    new Invoice(
                            InvoiceId.of("4400231130", "01234567"),
                            LocalDate.of(2025, 1, 1),
                            Money.of("60000.00"),
                            InvoiceCopy.DEDUCTION_COPY,
                            InvoiceKind.NORMAL,
                            null),
                    false);
            Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
            ExclusionReason expected =
                    flags[0] ? ExclusionReason.OTHER_FISCAL_FUNDING : ExclusionReason.NOT_PLATFORM_CONFIRMED;
            // R-CALC-8: the lease-level reason comes before OUTSIDE_WINDOW and DEDUCTION_COPY
            assertThat(c.leases().get(0).payments())
                    .extracting(PaymentLine::reason)
                    .containsExactly(expected);
            assertThat(c.leases().get(0).invoices())
                    .extracting(InvoiceLine::reason)
                    .containsExactly(expected);
            assertThat(c.eligibleExpense()).isEqualTo(Money.ZERO);
        }
    }

    @Test
    @Tag("R-CALC-3")
    void r_calc_3_a_deduction_copy_does_not_count_and_a_duplicate_invoice_is_reported_first() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("P1", "2025-01-01", "100000.00"), false);
        Invoice deduction = new Invoice(
                InvoiceId.of("4400231130", "01234567"),
                LocalDate.of(2025, 1, 1),
                Money.of("30000.00"),
                InvoiceCopy.DEDUCTION_COPY,
                InvoiceKind.NORMAL,
                null);
        Invoice duplicateDeduction = new Invoice(
                InvoiceId.of("4400231130", "07654321"),
                LocalDate.of(2025, 1, 1),
                Money.of("20000.00"),
                InvoiceCopy.DEDUCTION_COPY,
                InvoiceKind.NORMAL,
                null);
        lease.recordInvoice(deduction, false);
        lease.recordInvoice(duplicateDeduction, false);
        lease.recordInvoice(invoice(3, "50000.00"), false);
        Calculation c = SubsidyCalculator.calculate(new CalculationInput(
                POLICY, List.of(lease), Set.of(), Set.of(duplicateDeduction.id()), Money.ZERO, null));
        assertThat(c.leases().get(0).invoices())
                .extracting(InvoiceLine::reason)
                .containsExactly(ExclusionReason.DEDUCTION_COPY, ExclusionReason.DUPLICATE_INVOICE, null);
        assertThat(c.leases().get(0).invoiced()).isEqualTo(Money.of("50000.00"));
    }

    @Test
    @Tag("R-CALC-3")
    @Tag("R-BATCH-3")
    void r_calc_3_an_invoice_counts_in_the_window_of_its_issue_date_and_once_across_batches() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("P1", "2025-01-01", "100000.00"), false);
        Invoice inWindow = invoice(1, "60000.00");
        Invoice earlierBatch = invoice(2, "40000.00");
        Invoice tooLate = new Invoice(
                InvoiceId.of(null, "25442000000000000099"),
                LocalDate.of(2025, 11, 1),
                Money.of("40000.00"),
                InvoiceCopy.INVOICE_COPY,
                InvoiceKind.NORMAL,
                null);
        lease.recordInvoice(inWindow, false);
        lease.recordInvoice(earlierBatch, false);
        lease.recordInvoice(tooLate, false);
        // the batch window ends 2025-10-31; invoice 2 is counted by an earlier batch's application
        Calculation c = SubsidyCalculator.calculate(new CalculationInput(
                POLICY, List.of(lease), Set.of(), Set.of(), Money.ZERO, null, Set.of(earlierBatch.id())));
        assertThat(c.leases().get(0).invoices())
                .extracting(InvoiceLine::reason)
                .containsExactly(null, ExclusionReason.ALREADY_SUBSIDISED, ExclusionReason.OUTSIDE_WINDOW);
        assertThat(c.leases().get(0).invoiced()).isEqualTo(Money.of("60000.00"));
        assertThat(c.eligibleExpense()).isEqualTo(Money.of("60000.00"));
        // R-CALC-8 order: the same invoice on another lease is reported a duplicate before all else
        Calculation both = SubsidyCalculator.calculate(new CalculationInput(
                POLICY,
                List.of(lease),
                Set.of(),
                Set.of(earlierBatch.id(), tooLate.id()),
                Money.ZERO,
                null,
                Set.of(earlierBatch.id())));
        assertThat(both.leases().get(0).invoices())
                .extracting(InvoiceLine::reason)
                .containsExactly(null, ExclusionReason.DUPLICATE_INVOICE, ExclusionReason.DUPLICATE_INVOICE);
    }

    @Test
    @Tag("R-CALC-3")
    void r_calc_3_a_counted_red_letter_invoice_reduces_the_invoiced_sum() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("P1", "2025-01-01", "100000.00"), false);
        lease.recordInvoice(invoice(1, "100000.00"), false);
        lease.recordInvoice(
                new Invoice(
                        InvoiceId.of(null, "25442000000999999999"),
                        LocalDate.of(2025, 2, 1),
                        Money.of("-20000.00"),
                        InvoiceCopy.INVOICE_COPY,
                        InvoiceKind.RED_LETTER,
                        null),
                false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
        assertThat(c.leases().get(0).invoiced()).isEqualTo(Money.of("80000.00"));
        assertThat(c.eligibleExpense()).isEqualTo(Money.of("80000.00"));
    }

    @Test
    @Tag("R-CALC-4")
    void r_calc_4_invoices_short_of_payments_limit_the_lease_and_the_shortfall_is_reported() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("P1", "2025-01-01", "100000.00"), false);
        lease.recordInvoice(invoice(1, "70000.00"), false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
        LeaseCalculation l = c.leases().get(0);
        assertThat(l.eligible()).isEqualTo(Money.of("70000.00"));
        assertThat(l.invoiceShortfall()).isEqualTo(Money.of("30000.00"));
        assertThat(l.hasInvoiceShortfall()).isTrue();
        // R-ELIG-6 uses the actual payment before the invoice comparison
        assertThat(c.actualPayment()).isEqualTo(Money.of("100000.00"));
        assertThat(c.subsidy()).isEqualTo(Money.of("35000.00"));
    }

    @Test
    @Tag("R-CALC-5")
    void r_calc_5_e_is_the_sum_over_leases_and_the_verified_amount_replaces_it() {
        ComputeLease a = lease("L-A");
        a.recordPayment(payment("P1", "2025-01-01", "80000.00"), false);
        a.recordInvoice(invoice(1, "90000.00"), false);
        ComputeLease b = lease("L-B");
        b.recordPayment(payment("P1", "2025-01-01", "40000.00"), false);
        b.recordInvoice(invoice(2, "40000.00"), false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(a, b)));
        assertThat(c.eligibleExpense()).isEqualTo(Money.of("120000.00"));
        assertThat(c.subsidy()).isEqualTo(Money.of("60000.00"));
        Calculation verified = SubsidyCalculator.calculate(
                new CalculationInput(POLICY, List.of(a, b), Set.of(), Set.of(), Money.ZERO, Money.of("100000.01")));
        assertThat(verified.eligibleExpense()).isEqualTo(Money.of("120000.00"));
        assertThat(verified.basis()).isEqualTo(Money.of("100000.01"));
        assertThat(verified.subsidy()).isEqualTo(Money.of("50000.00"));
    }

    @Test
    @Tag("R-CALC-6")
    void r_calc_6_the_remaining_cap_subtracts_other_batches_of_the_year() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("P1", "2025-01-01", "600000.00"), false);
        lease.recordInvoice(invoice(1, "600000.00"), false);
        Calculation c = SubsidyCalculator.calculate(
                new CalculationInput(POLICY, List.of(lease), Set.of(), Set.of(), Money.of("800000.00"), null));
        assertThat(c.capRemaining()).isEqualTo(Money.of("200000.00"));
        assertThat(c.subsidy()).isEqualTo(Money.of("200000.00"));
        Calculation exhausted = SubsidyCalculator.calculate(
                new CalculationInput(POLICY, List.of(lease), Set.of(), Set.of(), Money.of("1000000.00"), null));
        assertThat(exhausted.capRemaining()).isEqualTo(Money.ZERO);
        assertThat(exhausted.subsidy()).isEqualTo(Money.ZERO);
    }

    @Test
    @Tag("R-CALC-8")
    void r_calc_8_the_result_carries_the_policy_and_is_the_same_for_the_same_input() {
        ComputeLease lease = lease("L-1");
        lease.recordPayment(payment("P1", "2025-01-01", "123456.79"), false);
        lease.recordInvoice(invoice(1, "123456.79"), false);
        CalculationInput input = CalculationInput.of(POLICY, List.of(lease));
        Calculation first = SubsidyCalculator.calculate(input);
        // a second, equal input built independently gives an equal result
        ComputeLease again = lease("L-1");
        again.recordPayment(payment("P1", "2025-01-01", "123456.79"), false);
        again.recordInvoice(invoice(1, "123456.79"), false);
        assertThat(first).isEqualTo(SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(again))));
        assertThat(first.policy()).isEqualTo(POLICY);
        assertThat(first.policy().ratio().toString()).isEqualTo("0.50");
    }

    @Test
    @Tag("R-CALC-3")
    void r_calc_3_the_same_invoice_under_two_leases_of_one_application_counts_once() {
        ComputeLease a = lease("L-A");
        a.recordPayment(payment("P1", "2025-01-01", "60000.00"), false);
        a.recordInvoice(invoice(1, "60000.00"), false);
        ComputeLease b = lease("L-B");
        b.recordPayment(payment("P1", "2025-01-01", "60000.00"), false);
        b.recordInvoice(invoice(1, "60000.00"), false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(a, b)));
        assertThat(c.leases().get(0).invoices().get(0).counted()).isTrue();
        assertThat(c.leases().get(1).invoices().get(0).reason()).isEqualTo(ExclusionReason.DUPLICATE_INVOICE);
        assertThat(c.eligibleExpense()).isEqualTo(Money.of("60000.00"));
    }

    @Test
    @Tag("R-CALC-8")
    void r_calc_8_where_several_reasons_apply_the_first_in_the_order_is_reported() {
        // OUTSIDE_WINDOW before NOT_BANK_TRANSFER before WRONG_PAYEE_ACCOUNT
        ComputeLease lease = lease("L-1");
        BankAccountNumber other = BankAccountNumber.of("99998888777766665555");
        lease.recordPayment(
                new Payment(
                        PaymentRef.of("A"),
                        LocalDate.of(2024, 1, 1),
                        Money.of("1.00"),
                        PaymentMethod.CASH,
                        null,
                        other),
                false);
        lease.recordPayment(
                new Payment(
                        PaymentRef.of("B"),
                        LocalDate.of(2025, 1, 1),
                        Money.of("1.00"),
                        PaymentMethod.CASH,
                        null,
                        other),
                false);
        lease.recordPayment(
                new Payment(
                        PaymentRef.of("C"),
                        LocalDate.of(2025, 1, 1),
                        Money.of("1.00"),
                        PaymentMethod.BANK_TRANSFER,
                        null,
                        other),
                false);
        Calculation c = SubsidyCalculator.calculate(new CalculationInput(
                POLICY,
                List.of(lease),
                Set.of(new PaymentKey(OrderNumber.of("L-1"), PaymentRef.of("A"))),
                Set.of(),
                Money.ZERO,
                null));
        assertThat(c.leases().get(0).payments())
                .extracting(PaymentLine::reason)
                .containsExactly(
                        ExclusionReason.ALREADY_SUBSIDISED,
                        ExclusionReason.NOT_BANK_TRANSFER,
                        ExclusionReason.WRONG_PAYEE_ACCOUNT);
        Calculation notSubsidised = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(lease)));
        assertThat(notSubsidised.leases().get(0).payments().get(0).reason()).isEqualTo(ExclusionReason.OUTSIDE_WINDOW);

        // NOT_PLATFORM_CONFIRMED before ALREADY_SUBSIDISED and DUPLICATE_INVOICE
        ComputeLease unsealed = leaseWith(false, false);
        unsealed.recordPayment(payment("P", "2025-01-01", "1.00"), false);
        unsealed.recordInvoice(invoice(9, "1.00"), false);
        Calculation both = SubsidyCalculator.calculate(new CalculationInput(
                POLICY,
                List.of(unsealed),
                Set.of(new PaymentKey(unsealed.orderNo(), PaymentRef.of("P"))),
                Set.of(invoice(9, "1.00").id()),
                Money.ZERO,
                null));
        assertThat(both.leases().get(0).payments().get(0).reason()).isEqualTo(ExclusionReason.NOT_PLATFORM_CONFIRMED);
        assertThat(both.leases().get(0).invoices().get(0).reason()).isEqualTo(ExclusionReason.NOT_PLATFORM_CONFIRMED);
    }

    @Test
    @Tag("R-CALC-8")
    void r_calc_8_there_is_one_line_per_payment_and_invoice_with_the_sums_per_lease_and_in_total() {
        ComputeLease a = lease("L-A");
        a.recordPayment(payment("P1", "2025-01-01", "30000.00"), false);
        a.recordPayment(payment("P2", "2024-01-01", "10000.00"), false);
        a.recordInvoice(invoice(1, "30000.00"), false);
        ComputeLease b = lease("L-B");
        b.recordPayment(payment("P1", "2025-02-01", "40000.00"), false);
        b.recordInvoice(invoice(2, "25000.00"), false);
        b.recordInvoice(invoice(3, "15000.00"), false);
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of(a, b)));
        assertThat(c.leases()).extracting(l -> l.orderNo().value()).containsExactly("L-A", "L-B");
        assertThat(c.leases().get(0).payments())
                .extracting(l -> l.paymentRef().value())
                .containsExactly("P1", "P2");
        assertThat(c.leases().get(1).invoices()).hasSize(2);
        assertThat(c.leases().get(0).paid()).isEqualTo(Money.of("30000.00"));
        assertThat(c.leases().get(1).eligible()).isEqualTo(Money.of("40000.00"));
        assertThat(c.eligibleExpense()).isEqualTo(Money.of("70000.00"));
        assertThat(c.subsidy()).isEqualTo(Money.of("35000.00"));
        assertThat(c.capRemaining()).isEqualTo(Money.of("1000000.00"));
        assertThat(c.policy().minimumPayment()).isEqualTo(Money.of("50000.00"));
    }

    @Test
    @Tag("R-CALC-5")
    void r_calc_5_a_verified_amount_above_a_later_lower_e_never_raises_the_subsidy() {
        Calculation c = SubsidyCalculator.calculate(new CalculationInput(
                POLICY, List.of(lease("L-1")), Set.of(), Set.of(), Money.ZERO, Money.of("80000.00")));
        assertThat(c.basis()).isEqualTo(Money.ZERO);
        assertThat(c.subsidy()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_application_without_leases_calculates_to_zero() {
        Calculation c = SubsidyCalculator.calculate(CalculationInput.of(POLICY, List.of()));
        assertThat(c.eligibleExpense()).isEqualTo(Money.ZERO);
        assertThat(c.subsidy()).isEqualTo(Money.ZERO);
        assertThat(c.belowMinimum()).isTrue();
    }
}
