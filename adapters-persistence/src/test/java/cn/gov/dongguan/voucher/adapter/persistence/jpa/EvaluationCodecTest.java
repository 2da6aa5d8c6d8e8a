package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.ApplicationEvaluation;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.calculation.CalculationPolicy;
import cn.gov.dongguan.voucher.domain.calculation.ExclusionReason;
import cn.gov.dongguan.voucher.domain.calculation.InvoiceLine;
import cn.gov.dongguan.voucher.domain.calculation.LeaseCalculation;
import cn.gov.dongguan.voucher.domain.calculation.PaymentLine;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityFailure;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored form of an evaluation gives back an equal one, exactly, and an unreadable one reads as none. */
class EvaluationCodecTest {

    static ApplicationEvaluation everything() {
        LeaseCalculation lease = new LeaseCalculation(
                OrderNumber.of("ORD-2025-0001"),
                List.of(
                        new PaymentLine(PaymentRef.of("P1"), LocalDate.of(2025, 3, 10), Money.of("60000.01"), null),
                        new PaymentLine(
                                PaymentRef.of("P2"),
                                LocalDate.of(2024, 1, 5),
                                Money.of("100.00"),
                                ExclusionReason.OUTSIDE_WINDOW)),
                List.of(
                        new InvoiceLine(InvoiceId.of("4400231130", "00123456"), Money.of("50000.00"), null),
                        new InvoiceLine(
                                InvoiceId.of(null, "25442000000000000001"),
                                Money.of("-200.00"),
                                ExclusionReason.DUPLICATE_INVOICE)),
                Money.of("60000.01"),
                Money.of("50000.00"),
                Money.of("50000.00"),
                Money.of("10000.01"));
        Calculation calculation = new Calculation(
                new CalculationPolicy(
                        Ratio.of("0.4750"),
                        Money.of("1000000.00"),
                        Money.of("50000.00"),
                        new AccountingWindow(LocalDate.of(2024, 4, 23), LocalDate.of(2025, 10, 31))),
                Money.of("400000.00"),
                List.of(lease),
                Money.of("60000.01"),
                Money.of("50000.00"),
                Money.of("45000.00"),
                false,
                Money.of("21375.00"));
        EligibilityResult eligibility = new EligibilityResult(List.of(
                new EligibilityFailure(
                        "R-ELIG-6",
                        "actual payment below the minimum \"quoted\" \\ here",
                        List.of(new EligibilityFailure.Reason("BELOW_MINIMUM", List.of("60000.01", "50000.00")))),
                new EligibilityFailure("R-ELIG-2", "town 东城街道 is inactive")));
        return new ApplicationEvaluation(
                calculation,
                eligibility,
                Set.of(ApplicationFlag.DUPLICATE_INVOICE, ApplicationFlag.NO_USAGE_EVIDENCE),
                LocalDate.of(2026, 3, 31));
    }

    @Test
    void an_evaluation_with_every_kind_of_line_reads_back_equal() {
        ApplicationEvaluation e = everything();
        String stored = EvaluationCodec.encode(e);
        assertThat(EvaluationCodec.decode(stored)).isEqualTo(e);
        assertThat(stored).contains("\"ratio\":\"0.4750\"", "\"subsidy\":\"21375.00\"", "\"NO_USAGE_EVIDENCE\"");
    }

    @Test
    void an_evaluation_without_lines_failures_flags_or_monitoring_reads_back_equal() {
        ApplicationEvaluation full = everything();
        Calculation c = full.calculation();
        ApplicationEvaluation bare = new ApplicationEvaluation(
                new Calculation(
                        c.policy(), c.capRemaining(), List.of(), Money.ZERO, Money.ZERO, null, true, Money.ZERO),
                new EligibilityResult(List.of()),
                Set.of(),
                null);
        assertThat(EvaluationCodec.decode(EvaluationCodec.encode(bare))).isEqualTo(bare);
    }

    @Test
    void a_document_of_another_version_or_garbled_reads_as_none_so_it_is_computed_again() {
        assertThat(EvaluationCodec.decode(null)).isNull();
        assertThat(EvaluationCodec.decode("{\"v\":2}")).isNull();
        assertThat(EvaluationCodec.decode("{not json")).isNull();
        assertThat(EvaluationCodec.decode(EvaluationCodec.encode(everything()).replace("DUPLICATE_INVOICE", "GONE")))
                .isNull();
        assertThat(EvaluationCodec.encode(null)).isNull();
    }
}
