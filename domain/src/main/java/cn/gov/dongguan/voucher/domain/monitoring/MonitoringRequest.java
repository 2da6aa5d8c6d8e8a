package cn.gov.dongguan.voucher.domain.monitoring;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A monitoring request the city bureau issues to an applicant funded in a batch (R-POST-1, guide
 * §八(二)): what is asked and by when, and, once the portal returns it, the answer.
 *
 * <ul>
 *   <li>Its status is never stored: {@link #statusAt} computes it from the answer and the due day
 *       (overdue once the due day has ended in Asia/Shanghai), like an overdue return (R-FLOW-3).
 *   <li>An answer gives every question a value of its kind ({@link AnswerKind}); it is final: the
 *       same answer again changes nothing, a different one is a conflict.
 *   <li>An answer after the due day is accepted and marked {@code late}.
 * </ul>
 *
 * <p>Requests issued together share a {@code round} (one questionnaire sent to many applicants);
 * the bureau follows them per round. Immutable: answering returns the answered request.
 */
public final class MonitoringRequest {

    /** How far ahead a due day may lie: a year after the issue (decision: monitoring is periodic, not open-ended). */
    public static final int MAX_DAYS_AHEAD = 366;

    /** The funded application a request is about: its batch, applicant and town. */
    public record Funded(
            BatchCode batch,
            ApplicationId applicationId,
            UnifiedSocialCreditCode applicant,
            String applicantName,
            TownCode town) {

        public Funded {
            Objects.requireNonNull(batch, "batch");
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(applicantName, "applicantName");
            Objects.requireNonNull(town, "town");
        }
    }

    private final UUID id;
    private final UUID round;
    private final Funded funded;
    private final MonitoringQuestionnaire questionnaire;
    private final Instant issuedAt;
    private final String issuedBy;
    private final Map<String, String> answers;
    private final Instant answeredAt;
    private final boolean late;

    /** A request as stored; {@code answers} empty and {@code answeredAt} null while unanswered. */
    public MonitoringRequest(
            UUID id,
            UUID round,
            Funded funded,
            MonitoringQuestionnaire questionnaire,
            Instant issuedAt,
            String issuedBy,
            Map<String, String> answers,
            Instant answeredAt,
            boolean late) {
        this.id = Objects.requireNonNull(id, "id");
        this.round = Objects.requireNonNull(round, "round");
        this.funded = Objects.requireNonNull(funded, "funded");
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        Map<String, String> ordered = new LinkedHashMap<>();
        if (answers != null) {
            for (MonitoringQuestion q : questionnaire.questions()) {
                if (answers.containsKey(q.key())) {
                    ordered.put(q.key(), answers.get(q.key()));
                }
            }
        }
        this.answers = Collections.unmodifiableMap(ordered);
        this.answeredAt = answeredAt;
        this.late = late;
        if ((answeredAt == null) != this.answers.isEmpty()) {
            throw new IllegalArgumentException("a request is answered exactly when it has answers");
        }
    }

    /**
     * Issues the questionnaire to one funded applicant at {@code now}; the due day must be the issue
     * day or later, and at most {@link #MAX_DAYS_AHEAD} days ahead.
     */
    public static MonitoringRequest issue(
            UUID id, UUID round, Funded funded, MonitoringQuestionnaire questionnaire, Instant now, String issuedBy) {
        LocalDate today = ProgrammeCalendar.dayOf(now);
        LocalDate due = questionnaire.dueOn();
        if (due.isBefore(today)) {
            throw new ValidationException(Violation.of(
                            "dueOn",
                            "DUE_BEFORE_ISSUE",
                            "R-POST-1",
                            "the due day " + due + " lies before today " + today)
                    .with(List.of(due.toString(), today.toString())));
        }
        if (due.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new ValidationException(Violation.of(
                            "dueOn",
                            "DUE_TOO_FAR",
                            "R-POST-1",
                            "the due day " + due + " lies more than " + MAX_DAYS_AHEAD + " days ahead")
                    .with(List.of(due.toString(), Integer.toString(MAX_DAYS_AHEAD))));
        }
        return new MonitoringRequest(
                id, round, funded, questionnaire, now, Require.text(issuedBy, "issuedBy", 100), Map.of(), null, false);
    }

    /** What answering did: the request as it now stands, and whether anything changed. */
    public record Answering(MonitoringRequest request, boolean changed) {}

    /**
     * Answers every question at {@code at}. Each value must be of its question's kind, every question
     * answered and no other key sent (422 with one violation per key, nothing changes). Once
     * answered, the same answer is accepted unchanged and a different one is refused (409).
     */
    public Answering answer(Map<String, SentAnswer> sent, Instant at) {
        Objects.requireNonNull(at, "at");
        List<Violation> violations = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        if (sent == null) {
            sent = Map.of();
        }
        for (MonitoringQuestion q : questionnaire.questions()) {
            String field = "answers." + q.key();
            SentAnswer value = sent.get(q.key());
            if (value == null) {
                violations.add(Violation.of(field, "ANSWER_REQUIRED", "R-POST-1", field + " is required"));
                continue;
            }
            AnswerKind.Result read = q.kind().read(value, field);
            read.refusal().ifPresentOrElse(violations::add, () -> values.put(q.key(), read.value()));
        }
        for (String key : sent.keySet()) {
            if (questionnaire.question(key).isEmpty()) {
                violations.add(Violation.of(
                        "answers." + key,
                        "UNKNOWN_QUESTION",
                        "R-POST-1",
                        "the request asks no question '" + key + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (answeredAt != null) {
            if (values.equals(answers)) {
                return new Answering(this, false);
            }
            throw new ConflictException(Violation.of(
                            null,
                            "ALREADY_ANSWERED",
                            "R-POST-1",
                            "the monitoring request was answered at " + answeredAt
                                    + " with other values; an answer is final")
                    .with(List.of(answeredAt.toString())));
        }
        boolean afterDueDay = ProgrammeCalendar.dayOf(at).isAfter(dueOn());
        return new Answering(
                new MonitoringRequest(id, round, funded, questionnaire, issuedAt, issuedBy, values, at, afterDueDay),
                true);
    }

    /** The status at {@code now}: answered, overdue once the due day has ended unanswered, else open. */
    public MonitoringStatus statusAt(Instant now) {
        if (answeredAt != null) {
            return MonitoringStatus.ANSWERED;
        }
        return isOverdue(now) ? MonitoringStatus.OVERDUE : MonitoringStatus.OPEN;
    }

    /** Unanswered after the end of the due day, in the programme's calendar. */
    public boolean isOverdue(Instant now) {
        return answeredAt == null && ProgrammeCalendar.dayOf(now).isAfter(dueOn());
    }

    /** The event of this request's issue, for the change feed. */
    public MonitoringEvent issuedEvent() {
        return new MonitoringEvent(
                id,
                funded.applicationId(),
                funded.applicant(),
                issuedAt,
                MonitoringEvent.Type.MONITORING_REQUESTED,
                null,
                MonitoringStatus.OPEN);
    }

    /** The event of this (answered) request's answer, with the status it had just before. */
    public MonitoringEvent answeredEvent() {
        if (answeredAt == null) {
            throw new IllegalStateException("request " + id + " is not answered");
        }
        return new MonitoringEvent(
                id,
                funded.applicationId(),
                funded.applicant(),
                answeredAt,
                MonitoringEvent.Type.MONITORING_ANSWERED,
                late ? MonitoringStatus.OVERDUE : MonitoringStatus.OPEN,
                MonitoringStatus.ANSWERED);
    }

    public UUID id() {
        return id;
    }

    public UUID round() {
        return round;
    }

    public Funded funded() {
        return funded;
    }

    public BatchCode batch() {
        return funded.batch();
    }

    public UnifiedSocialCreditCode applicant() {
        return funded.applicant();
    }

    public TownCode town() {
        return funded.town();
    }

    public MonitoringQuestionnaire questionnaire() {
        return questionnaire;
    }

    public String title() {
        return questionnaire.title();
    }

    public List<MonitoringQuestion> questions() {
        return questionnaire.questions();
    }

    public LocalDate dueOn() {
        return questionnaire.dueOn();
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    /** The answers in question order, canonical text per kind; empty while unanswered. */
    public Map<String, String> answers() {
        return answers;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** Answered after the end of the due day. */
    public boolean late() {
        return late;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonitoringRequest other
                && id.equals(other.id)
                && round.equals(other.round)
                && funded.equals(other.funded)
                && questionnaire.equals(other.questionnaire)
                && issuedAt.equals(other.issuedAt)
                && issuedBy.equals(other.issuedBy)
                && answers.equals(other.answers)
                && Objects.equals(answeredAt, other.answeredAt)
                && late == other.late;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "MonitoringRequest[" + id + ", " + funded.applicant() + ", due " + dueOn() + "]";
    }
}
