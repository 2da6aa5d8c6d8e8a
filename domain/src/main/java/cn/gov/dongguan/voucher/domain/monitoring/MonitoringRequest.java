package cn.gov.dongguan.voucher.domain.monitoring;

import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A monitoring request the city bureau issues to a funded applicant (R-POST-1): what is asked and
 * by when; the portal returns the answer. Overdue when unanswered after its due day; an applicant
 * with an overdue request is flagged in its next application.
 */
public final class MonitoringRequest {

    private final UUID id;
    private final UnifiedSocialCreditCode applicant;
    private final String question;
    private final LocalDate dueOn;
    private final Instant issuedAt;
    private String answer;
    private Instant answeredAt;

    public MonitoringRequest(
            UUID id,
            UnifiedSocialCreditCode applicant,
            String question,
            LocalDate dueOn,
            Instant issuedAt,
            String answer,
            Instant answeredAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.applicant = Require.present(applicant, "applicant");
        this.question = Require.text(question, "question", 2000);
        this.dueOn = Require.present(dueOn, "dueOn");
        this.issuedAt = Require.present(issuedAt, "issuedAt");
        Require.that(
                !dueOn.isBefore(ProgrammeCalendar.dayOf(issuedAt)),
                "dueOn",
                "DUE_BEFORE_ISSUE",
                "R-POST-1",
                "a monitoring request cannot be due before it is issued");
        this.answer = answer;
        this.answeredAt = answeredAt;
    }

    public static MonitoringRequest issue(
            UUID id, UnifiedSocialCreditCode applicant, String question, LocalDate dueOn, Instant issuedAt) {
        return new MonitoringRequest(id, applicant, question, dueOn, issuedAt, null, null);
    }

    public void answer(String text, Instant at) {
        if (answeredAt != null) {
            throw new ConflictException("ALREADY_ANSWERED", "R-POST-1", "the monitoring request is already answered");
        }
        answer = Require.text(text, "answer", 20_000);
        answeredAt = at;
    }

    /** Unanswered after the due day, in the programme's calendar. */
    public boolean isOverdue(Instant now) {
        return answeredAt == null && ProgrammeCalendar.dayOf(now).isAfter(dueOn);
    }

    public UUID id() {
        return id;
    }

    public UnifiedSocialCreditCode applicant() {
        return applicant;
    }

    public String question() {
        return question;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
