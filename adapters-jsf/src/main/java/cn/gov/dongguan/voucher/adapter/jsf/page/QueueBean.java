package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.in.WorkQueueUseCase;
import cn.gov.dongguan.voucher.application.port.in.WorkQueueUseCase.QueueItem;
import cn.gov.dongguan.voucher.application.port.in.WorkQueueUseCase.QueuePage;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 待办 queue: the applications waiting for a decision of the user's role (and town), longest
 * waiting first, each with its stage, the days it has waited and, where a window runs, the days
 * left; opened by a link (Enter) and decided on the detail page, which offers "…并打开下一件".
 * The city bureau also watches its returns run out (逾期视为放弃申报).
 */
@Named("queue")
@ViewScoped
public class QueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows fetched at a time; "更多" fetches the next ones. */
    static final int PAGE = 50;

    @Inject
    SignedInUser me;

    @Inject
    WorkQueueUseCase queues;

    @Inject
    ListBatchesUseCase batchList;

    @Inject
    cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase review;

    private List<Batch> batches = List.of();
    private String batch;
    private ReviewStage stage;
    private transient List<QueueItem> items;
    private String next;

    /** Loads the first page (a view action: refusals are shown before the page renders). */
    public void init() {
        List<Batch> all = Feedback.attempt(() -> batchList.list(me.actor()));
        batches = all == null ? List.of() : all;
        if (batch != null && batches.stream().noneMatch(b -> b.code().value().equals(batch))) {
            batch = null;
        }
        if (stage != null && !getStages().contains(stage)) {
            stage = null;
        }
        search();
    }

    /** The first page for the filters chosen. */
    public void search() {
        items = new ArrayList<>();
        next = null;
        more();
    }

    /** The next page, appended. */
    public void more() {
        if (items == null) {
            items = new ArrayList<>();
        }
        String after = next;
        QueuePage page = Feedback.attempt(() -> queues.queue(me.actor(), code(), stage, after, PAGE));
        if (page == null) {
            next = null;
            return;
        }
        items.addAll(page.items());
        next = page.next();
    }

    private BatchCode code() {
        return batch == null || batch.isBlank() ? null : BatchCode.of(batch);
    }

    // ---- 镇街复核 of several dossiers at once (the towns receive the sealed paper dossiers in bundles)

    /** The rows ticked for the bulk re-check. */
    private transient List<QueueItem> selected = new ArrayList<>();

    private boolean dossiersReceived;
    private String opinion;

    /** The outcome of one application of a bulk step. */
    public record Outcome(String applicantName, String id, boolean done, String result) implements Serializable {}

    private List<Outcome> outcomes;

    /** The bulk re-check is the town officer's: every item of its queue is a 镇街复核. */
    public boolean isBulkRecheck() {
        return me.getRole() == cn.gov.dongguan.voucher.domain.review.Role.TOWN_OFFICER;
    }

    /**
     * Passes the re-check of every ticked application (R-FLOW-4: the sealed paper dossier received),
     * each on its own through the same use case as a single pass, and reports each result.
     */
    public void passSelected() {
        if (!isBulkRecheck()) {
            return;
        }
        if (selected == null || selected.isEmpty()) {
            Texts.error("queue:items", Texts.text("error.invalid"), Texts.text("queue.noneSelected"));
            return;
        }
        if (!dossiersReceived) {
            Texts.error("queue:dossiers", Texts.text("error.invalid"), Texts.text("queue.dossiersRequired"));
            return;
        }
        List<Outcome> results = new ArrayList<>();
        int passed = 0;
        for (QueueItem item : selected) {
            var row = item.row();
            try {
                review.act(
                        me.actor(),
                        row.id(),
                        row.version(),
                        new cn.gov.dongguan.voucher.domain.filing.ReviewCommand.TownPass(true, opinion));
                results.add(new Outcome(row.applicantName(), row.id().toString(), true, Texts.text("queue.passed")));
                passed++;
            } catch (cn.gov.dongguan.voucher.domain.shared.DomainException e) {
                results.add(new Outcome(row.applicantName(), row.id().toString(), false, Feedback.words(e)));
            }
        }
        outcomes = results;
        Texts.info("queue.bulkDone", passed, results.size() - passed);
        selected = new ArrayList<>();
        dossiersReceived = false;
        opinion = null;
        search();
    }

    public String getBulkConfirmation() {
        return Texts.text("queue.bulkConfirm", selected == null ? 0 : selected.size());
    }

    public List<QueueItem> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueItem> selected) {
        this.selected = selected;
    }

    public boolean isDossiersReceived() {
        return dossiersReceived;
    }

    public void setDossiersReceived(boolean dossiersReceived) {
        this.dossiersReceived = dossiersReceived;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    /** The stages the filter offers: the role's work, and for the city bureau the returns it watches. */
    public List<ReviewStage> getStages() {
        Set<ReviewStage> work = queues.workStages(me.actor());
        List<ReviewStage> stages = new ArrayList<>(work);
        if (me.isCityOfficer()) {
            stages.add(ReviewStage.RETURNED);
        }
        return stages;
    }

    public List<QueueItem> getItems() {
        if (items == null) {
            search();
        }
        return items;
    }

    public boolean isHasMore() {
        return next != null;
    }

    /** "剩 3 天", "今日截止" or "已逾期 2 天"; an empty text where no window runs. */
    public String countdown(QueueItem item) {
        if (item.daysLeft() == null) {
            return "";
        }
        long left = item.daysLeft();
        if (left > 0) {
            return Texts.text("queue.daysLeft", left);
        }
        return left == 0 ? Texts.text("queue.lastDay") : Texts.text("queue.overdue", -left);
    }

    /** "今日" or "3 天". */
    public String waited(QueueItem item) {
        return item.daysWaiting() == 0 ? Texts.text("queue.today") : Texts.text("queue.days", item.daysWaiting());
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

    public ReviewStage getStage() {
        return stage;
    }

    public void setStage(ReviewStage stage) {
        this.stage = stage;
    }
}
