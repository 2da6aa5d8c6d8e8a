package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.applicant.Disqualification;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FLOW-10 (decision): the re-check before payment. Between approval and disbursement time passes
 * and the applicant's standing can change: the payment is refused when the applicant is
 * disqualified (R-FLOW-6), or its latest credit look-up (R-ELIG-4) is missing, shows a listing, or is
 * older than the batch's limit on the day of payment. Each refusal says what to do next.
 */
public final class PaymentRecheck {

    private PaymentRecheck() {}

    /** Every reason the payment on {@code paidOn} may not be recorded; empty when it may. */
    public static List<Violation> violations(Applicant applicant, LocalDate paidOn, int maxAgeDays) {
        List<Violation> violations = new ArrayList<>();
        applicant.disqualification().ifPresent(d -> violations.add(disqualified(d)));
        CreditRecord record = applicant.creditRecord().orElse(null);
        if (record == null) {
            violations.add(
                    Violation.of(
                            "creditRecord",
                            "NO_CREDIT_CHECK",
                            "R-ELIG-4",
                            "no credit look-up is recorded for the applicant: record a fresh look-up, then record the payment"));
        } else if (!record.isClean()) {
            List<String> listed =
                    record.listedOn().stream().map(CreditList::name).sorted().toList();
            List<String> values = new ArrayList<>();
            values.add(record.checkedOn().toString());
            values.addAll(listed);
            violations.add(Violation.of(
                            "creditRecord",
                            "CREDIT_LISTED",
                            "R-ELIG-4",
                            "the credit look-up of " + record.checkedOn() + " lists the applicant on "
                                    + String.join(", ", listed)
                                    + ": no payment; the city bureau rejects the approved application with a reason")
                    .with(values));
        } else {
            long age = ChronoUnit.DAYS.between(record.checkedOn(), paidOn);
            if (age > maxAgeDays) {
                violations.add(Violation.of(
                                "creditRecord",
                                "CREDIT_CHECK_TOO_OLD",
                                "R-ELIG-4",
                                "the credit look-up of " + record.checkedOn() + " is " + age
                                        + " days old on the day of payment "
                                        + paidOn + ", more than the batch's " + maxAgeDays
                                        + ": record a fresh look-up, then record the payment again")
                        .with(List.of(
                                record.checkedOn().toString(),
                                Long.toString(age),
                                paidOn.toString(),
                                Integer.toString(maxAgeDays))));
            }
        }
        return violations;
    }

    private static Violation disqualified(Disqualification d) {
        return Violation.of(
                "applicantUscc",
                "DISQUALIFIED",
                "R-FLOW-6",
                "the applicant is disqualified since " + d.since() + " (" + d.reason()
                        + "): no payment; the city bureau lifts the disqualification or rejects the approved application");
    }
}
