package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.Fmt;
import cn.gov.dongguan.voucher.adapter.jsf.support.Pages;
import cn.gov.dongguan.voucher.adapter.jsf.support.Sheets;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.adapter.jsf.support.TownNames;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.IssueMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListMonitoringUseCase.ListQuery;
import cn.gov.dongguan.voucher.application.port.in.MonitoringItem;
import cn.gov.dongguan.voucher.application.port.in.MonitoringRound;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.AnswerKind;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestion;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * The 跟踪监测 page (R-POST-1, guide §八(二)): per batch, the city bureau issues a questionnaire to
 * the applicants funded in it (all, or the ones it ticks) and follows each round — how many answered,
 * answered late, are still open or overdue, and every applicant's answers — filtered by status and
 * exported as xlsx. A town officer sees its own town's requests and counts.
 *
 * <p>Officers type the questions' text and pick the kind of answer; the keys the portal answers under
 * are given by the page ({@code q1}, {@code q2} …): no officer has to invent a machine name.
 */
@Named("monitoringPage")
@ViewScoped
public class MonitoringBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 200;

    @Inject
    SignedInUser me;

    @Inject
    ListBatchesUseCase batchList;

    @Inject
    ListMonitoringUseCase monitoring;

    @Inject
    IssueMonitoringUseCase issuing;

    @Inject
    ListApplicationsUseCase applications;

    @Inject
    Fmt fmt;

    @Inject
    TownNames towns;

    private List<Batch> batches = List.of();
    private String batch;
    private String status;
    private transient List<RoundView> rounds;
    private transient List<ApplicationSummary> funded;

    // the issue form
    private String title;
    private LocalDate dueOn;
    private boolean toAll = true;
    private List<String> chosen = new ArrayList<>();
    private final List<QuestionRow> questions = new ArrayList<>(List.of(new QuestionRow(AnswerKind.TEXT)));

    /** One question as the officer types it. */
    public static final class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private AnswerKind kind;

        QuestionRow(AnswerKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public AnswerKind getKind() {
            return kind;
        }

        public void setKind(AnswerKind kind) {
            this.kind = kind;
        }
    }

    /** A round with its counts and the requests shown (filtered by status). */
    public record RoundView(MonitoringRound round, List<MonitoringQuestion> questions, List<MonitoringItem> items) {}

    /** Loads the page (a view action): the batch asked for, else the first with a round, else the first. */
    public void load() {
        batches = Feedback.attempt(() -> batchList.list(me.actor()));
        if (batches == null) {
            batches = List.of();
            return;
        }
        if (batch == null || batches.stream().noneMatch(b -> b.code().value().equals(batch))) {
            batch = null;
            for (Batch b : batches) {
                List<MonitoringRound> found = Feedback.attempt(() -> monitoring.rounds(me.actor(), b.code()));
                if (found == null) {
                    return;
                }
                if (!found.isEmpty()) {
                    batch = b.code().value();
                    break;
                }
            }
            batch = BatchChoice.choose(batch, batches);
        }
        refresh();
    }

    private void refresh() {
        rounds = null;
        funded = null;
        if (batch == null) {
            return;
        }
        BatchCode code = BatchCode.of(batch);
        List<MonitoringRound> found = Feedback.attempt(() -> monitoring.rounds(me.actor(), code));
        if (found == null) {
            return;
        }
        MonitoringStatus wanted = wantedStatus();
        List<RoundView> views = new ArrayList<>();
        for (MonitoringRound round : found) {
            List<MonitoringItem> items = new ArrayList<>();
            String after = null;
            do {
                String from = after;
                var page = Feedback.attempt(() ->
                        monitoring.list(me.actor(), new ListQuery(code, round.round(), null, wanted, from, PAGE)));
                if (page == null) {
                    return;
                }
                items.addAll(page.items());
                after = page.next();
            } while (after != null);
            List<MonitoringQuestion> asked = items.isEmpty()
                    ? questionsOf(code, round)
                    : items.get(0).request().questions();
            views.add(new RoundView(round, asked, items));
        }
        rounds = views;
    }

    /** The questions of a round none of whose requests the filter shows: read from one of its requests. */
    private List<MonitoringQuestion> questionsOf(BatchCode code, MonitoringRound round) {
        var one = Feedback.attempt(
                () -> monitoring.list(me.actor(), new ListQuery(code, round.round(), null, null, null, 1)));
        return one == null || one.items().isEmpty()
                ? List.of()
                : one.items().get(0).request().questions();
    }

    private MonitoringStatus wantedStatus() {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MonitoringStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            status = null;
            return null;
        }
    }

    /** Post-redirect-get with the chosen batch and status as view parameters. */
    public void open() {
        Pages.showAgain();
    }

    public void addQuestion() {
        if (questions.size() < MonitoringQuestionnaire.MAX_QUESTIONS) {
            questions.add(new QuestionRow(AnswerKind.TEXT));
        }
    }

    public void removeQuestion(QuestionRow row) {
        questions.remove(row);
    }

    /** The funded (DISBURSED) applications of the batch, for the form's "named applicants". */
    public List<ApplicationSummary> getFunded() {
        if (funded == null && batch != null && me.isCityOfficer()) {
            var page = Feedback.attempt(() -> applications.list(
                    me.actor(),
                    ListApplicationsUseCase.ListQuery.inStages(
                            BatchCode.of(batch), Set.of(ReviewStage.DISBURSED), 200)));
            funded = page == null ? List.of() : page.items();
        }
        return funded == null ? List.of() : funded;
    }

    /** Issues the questionnaire; on success the page is shown again with the new round. */
    public void issue() {
        List<MonitoringQuestion> asked = new ArrayList<>();
        int n = 0;
        for (QuestionRow row : questions) {
            if (row.getText() == null || row.getText().isBlank()) {
                continue;
            }
            String key = "q" + (++n);
            MonitoringQuestion q = Feedback.attempt(
                    () -> new MonitoringQuestion(key, row.getText(), row.getKind()), Map.of("text", "issue:questions"));
            if (q == null) {
                return;
            }
            asked.add(q);
        }
        MonitoringQuestionnaire questionnaire = Feedback.attempt(
                () -> new MonitoringQuestionnaire(title, asked, dueOn),
                Map.of("title", "issue:title", "dueOn", "issue:due", "questions", "issue:questions"));
        if (questionnaire == null) {
            return;
        }
        List<UnifiedSocialCreditCode> named = null;
        if (!toAll) {
            named = chosen.stream().map(UnifiedSocialCreditCode::of).toList();
        }
        List<UnifiedSocialCreditCode> to = named;
        List<MonitoringItem> issued = Feedback.attempt(
                () -> issuing.issue(me.actor(), BatchCode.of(batch), to, questionnaire),
                Map.of("applicantUsccs", "issue:applicants", "dueOn", "issue:due"));
        if (issued != null) {
            Texts.info("monitoring.issued", issued.size(), questionnaire.title());
            Pages.showAgain();
        }
    }

    /** An answer as the officer reads it: money in yuan, numbers and dates plain, text as written. */
    public String answer(MonitoringItem item, MonitoringQuestion q) {
        String value = item.request().answers().get(q.key());
        if (value == null) {
            return "";
        }
        return switch (q.kind()) {
            case MONEY -> fmt.money(Money.of(value));
            case NUMBER -> new BigDecimal(value).toPlainString();
            default -> value;
        };
    }

    /** An answer for the spreadsheet: amounts and numbers as numeric cells, the rest as text. */
    private Object answerCell(MonitoringItem item, MonitoringQuestion q) {
        String value = item.request().answers().get(q.key());
        if (value == null) {
            return "";
        }
        return switch (q.kind()) {
            case MONEY -> Money.of(value);
            case NUMBER -> new BigDecimal(value);
            default -> value;
        };
    }

    public String statusLabel(MonitoringItem item) {
        return Texts.label("monitoring.status", item.status());
    }

    public String statusSeverity(MonitoringItem item) {
        return switch (item.status()) {
            case ANSWERED -> item.request().late() ? "warning" : "success";
            case OVERDUE -> "danger";
            case OPEN -> "info";
        };
    }

    public String town(MonitoringItem item) {
        return towns.name(item.request().town());
    }

    /** Every request of the batch with its answers, one row per request and question, in the officer's words. */
    public StreamedContent getExport() {
        BatchCode code = BatchCode.of(batch);
        return Sheets.download(
                "monitoring-" + batch + ".xlsx",
                Texts.text("menu.monitoring"),
                List.of(
                        Texts.text("monitoring.title"),
                        Texts.text("monitoring.issuedAt"),
                        Texts.text("monitoring.dueOn"),
                        Texts.text("col.applicant"),
                        Texts.text("col.uscc"),
                        Texts.text("col.town"),
                        Texts.text("monitoring.status"),
                        Texts.text("monitoring.late"),
                        Texts.text("monitoring.answeredAt"),
                        Texts.text("monitoring.question"),
                        Texts.text("monitoring.kind"),
                        Texts.text("monitoring.answer")),
                sheet -> {
                    for (MonitoringItem item : monitoring.export(me.actor(), code)) {
                        MonitoringRequest r = item.request();
                        for (MonitoringQuestion q : r.questions()) {
                            sheet.row(List.<Object>of(
                                    r.title(),
                                    fmt.dateTime(r.issuedAt()),
                                    fmt.date(r.dueOn()),
                                    r.funded().applicantName(),
                                    r.applicant().value(),
                                    towns.name(r.town()),
                                    Texts.label("monitoring.status", item.status()),
                                    r.late() ? Texts.text("calc.yes") : Texts.text("calc.no"),
                                    r.answeredAt().map(fmt::dateTime).orElse(""),
                                    q.text(),
                                    Texts.label("monitoring.kind", q.kind()),
                                    answerCell(item, q)));
                        }
                    }
                });
    }

    public List<AnswerKind> getKinds() {
        return List.of(AnswerKind.values());
    }

    public List<MonitoringStatus> getStatuses() {
        return List.of(MonitoringStatus.values());
    }

    public boolean isAllowed() {
        return rounds != null;
    }

    public List<RoundView> getRounds() {
        return rounds == null ? List.of() : rounds;
    }

    public List<Batch> getBatches() {
        return batches;
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public boolean isToAll() {
        return toAll;
    }

    public void setToAll(boolean toAll) {
        this.toAll = toAll;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }
}
