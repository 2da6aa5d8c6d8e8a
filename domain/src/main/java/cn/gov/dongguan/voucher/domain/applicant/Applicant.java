package cn.gov.dongguan.voucher.domain.applicant;

import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An applicant unit (申报单位), identified by its unified social credit code. Holds the registered
 * profile, the latest credit look-up and the history of disqualifications. Applications refer to it
 * by its code, never by reference.
 */
public final class Applicant {

    private final UnifiedSocialCreditCode uscc;
    private ApplicantProfile profile;
    private CreditRecord creditRecord;
    private final List<Disqualification> disqualifications;

    public Applicant(
            UnifiedSocialCreditCode uscc,
            ApplicantProfile profile,
            CreditRecord creditRecord,
            List<Disqualification> disqualifications) {
        this.uscc = Objects.requireNonNull(uscc, "uscc");
        this.profile = Require.present(profile, "profile");
        this.creditRecord = creditRecord;
        this.disqualifications = new ArrayList<>(disqualifications);
    }

    public static Applicant register(UnifiedSocialCreditCode uscc, ApplicantProfile profile) {
        return new Applicant(uscc, profile, null, List.of());
    }

    /** Replaces the profile; returns whether anything changed (an equal profile is a replay). */
    public boolean update(ApplicantProfile newProfile) {
        Require.present(newProfile, "profile");
        if (newProfile.equals(profile)) {
            return false;
        }
        profile = newProfile;
        return true;
    }

    /** Records a credit look-up; an older look-up than the one held is refused. Returns whether it changed. */
    public boolean recordCreditCheck(CreditRecord record) {
        Require.present(record, "creditRecord");
        if (record.equals(creditRecord)) {
            return false;
        }
        if (creditRecord != null && record.checkedOn().isBefore(creditRecord.checkedOn())) {
            throw new ConflictException(
                    "STALE_CREDIT_RECORD",
                    "R-ELIG-4",
                    "a credit look-up of " + creditRecord.checkedOn() + " is already recorded; this one is older");
        }
        creditRecord = record;
        return true;
    }

    /** R-FLOW-6: serious fraud blocks future applications until lifted. */
    public void disqualify(Instant at, String reason, String by) {
        disqualify(at, reason, by, null);
    }

    /** R-FLOW-6: serious fraud found in the review of {@code applicationId} blocks future applications until lifted. */
    public void disqualify(Instant at, String reason, String by, UUID applicationId) {
        if (isDisqualified()) {
            return;
        }
        disqualifications.add(Disqualification.imposed(at, reason, by, applicationId));
    }

    /** The disqualification in force, if any (R-FLOW-6): since when, why, by which application. */
    public Optional<Disqualification> disqualification() {
        return disqualifications.stream().filter(Disqualification::isInForce).findFirst();
    }

    /** Lifts the disqualification in force, which needs a reason (R-FLOW-6). */
    public void liftDisqualification(Instant at, String reason, String by) {
        int last = disqualifications.size() - 1;
        if (last < 0 || !disqualifications.get(last).isInForce()) {
            throw new ConflictException("NOT_DISQUALIFIED", "R-FLOW-6", "the applicant is not disqualified");
        }
        disqualifications.set(last, disqualifications.get(last).lifted(at, reason, by));
    }

    public boolean isDisqualified() {
        return disqualifications.stream().anyMatch(Disqualification::isInForce);
    }

    public UnifiedSocialCreditCode uscc() {
        return uscc;
    }

    public ApplicantProfile profile() {
        return profile;
    }

    public Optional<CreditRecord> creditRecord() {
        return Optional.ofNullable(creditRecord);
    }

    public List<Disqualification> disqualifications() {
        return List.copyOf(disqualifications);
    }
}
