package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.Fmt;
import cn.gov.dongguan.voucher.adapter.jsf.support.Sheets;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ApplicationPage;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ListQuery;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.StreamedContent;

/**
 * Page 3, the applications: a lazy, server-paginated table with filters (batch, stage, town,
 * category, subsidy range, text on name or USCC), sorting and column toggling, and an xlsx export
 * of exactly the filtered rows the user may see.
 */
@Named("applications")
@ViewScoped
public class ApplicationListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int EXPORT_PAGE = 200;

    @Inject
    SignedInUser me;

    @Inject
    ListApplicationsUseCase list;

    @Inject
    ListBatchesUseCase batchList;

    @Inject
    Fmt fmt;

    @Inject
    cn.gov.dongguan.voucher.adapter.jsf.support.TownNames towns;

    private List<Batch> batches = List.of();
    private String batch;
    /** An array, so that Faces converts the chosen values to the enum (a List would hold strings). */
    private ReviewStage[] stages = new ReviewStage[0];

    private String town;
    private ApplicantCategory category;
    private BigDecimal minSubsidy;
    private BigDecimal maxSubsidy;
    private String text;
    private ApplicationLazyModel model;

    @PostConstruct
    void init() {
        List<Batch> all = Feedback.attempt(() -> batchList.list(me.actor()));
        batches = all == null ? List.of() : all;
        model = new ApplicationLazyModel(list, me::actor, this::query);
    }

    /** The filters as the use case takes them; an invalid amount was already refused by the converter. */
    ListQuery query() {
        Set<ReviewStage> chosen = stages == null || stages.length == 0 ? Set.of() : EnumSet.copyOf(List.of(stages));
        return new ListQuery(
                blank(batch) ? null : BatchCode.of(batch),
                chosen,
                blank(town) ? null : TownCode.of(town),
                category,
                minSubsidy == null ? null : Money.of(minSubsidy),
                maxSubsidy == null ? null : Money.of(maxSubsidy),
                blank(text) ? null : text.strip(),
                ApplicationSort.CREATED_AT,
                true,
                null,
                20);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Applies the filters: the table goes back to its first page (a new keyset). */
    public void search() {
        try {
            query();
        } catch (DomainException e) {
            Feedback.show(e);
        }
        firstPage();
    }

    private static void firstPage() {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent("list:table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /**
     * The total as the page report shows it, with thousands separators ("共 100,013 条"): PrimeFaces writes
     * its {@code {totalRecords}} without them.
     */
    public String getTotal() {
        return String.format(java.util.Locale.ROOT, "%,d", model.getRowCount());
    }

    /** The exact total of the current filters, asked for when the list says "超过 2,000 条". */
    public void countAll() {
        model.countAll();
    }

    public void reset() {
        batch = null;
        stages = new ReviewStage[0];
        town = null;
        category = null;
        minSubsidy = null;
        maxSubsidy = null;
        text = null;
        firstPage();
    }

    /** The filtered list as xlsx, walked page by page with the same keyset the table uses. */
    public StreamedContent getExport() {
        return Sheets.download(
                "applications.xlsx",
                Texts.text("menu.applications"),
                List.of(
                        Texts.text("col.id"),
                        Texts.text("col.batch"),
                        Texts.text("col.applicant"),
                        Texts.text("col.uscc"),
                        Texts.text("col.town"),
                        Texts.text("col.category"),
                        Texts.text("col.project"),
                        Texts.text("col.stage"),
                        Texts.text("col.eligible"),
                        Texts.text("col.subsidy"),
                        Texts.text("col.created")),
                sheet -> {
                    ListQuery q = query();
                    String cursor = null;
                    do {
                        ApplicationPage page = list.list(
                                me.actor(),
                                new ListQuery(
                                        q.batch(),
                                        q.stages(),
                                        q.town(),
                                        q.category(),
                                        q.minSubsidy(),
                                        q.maxSubsidy(),
                                        q.text(),
                                        ApplicationSort.CREATED_AT,
                                        false,
                                        cursor,
                                        EXPORT_PAGE));
                        for (ApplicationSummary r : page.items()) {
                            sheet.row(List.<Object>of(
                                    r.id().toString(),
                                    r.batch().value(),
                                    r.applicantName(),
                                    r.uscc().value(),
                                    towns.name(r.town()),
                                    Texts.label("category", r.category()),
                                    r.projectName(),
                                    Texts.label("stage", r.stage()),
                                    plain(r.eligibleExpense()),
                                    plain(r.subsidy()),
                                    fmt.date(r.createdAt())));
                        }
                        cursor = page.next();
                    } while (cursor != null);
                });
    }

    /** An amount as a numeric cell, or an empty one. */
    private static Object plain(Money money) {
        return money == null ? "" : money;
    }

    /** A stage named in the address (from the dashboard's work queue); an unknown name is ignored. */
    public String getStageParam() {
        return stages == null || stages.length != 1 ? null : stages[0].name();
    }

    public void setStageParam(String stage) {
        if (stage != null
                && java.util.Arrays.stream(ReviewStage.values())
                        .anyMatch(s -> s.name().equals(stage))) {
            stages = new ReviewStage[] {ReviewStage.valueOf(stage)};
        }
    }

    public ApplicationLazyModel getModel() {
        return model;
    }

    public List<Batch> getBatches() {
        return batches;
    }

    public ReviewStage[] getAllStages() {
        return ReviewStage.values();
    }

    public ApplicantCategory[] getAllCategories() {
        return ApplicantCategory.values();
    }

    public String getBatch() {
        return batch;
    }

    /** A batch from the address or the menu; one that does not exist is ignored (all batches). */
    public void setBatch(String batch) {
        this.batch =
                batch != null && batches.stream().anyMatch(b -> b.code().value().equals(batch)) ? batch : null;
    }

    public ReviewStage[] getStages() {
        return stages;
    }

    public void setStages(ReviewStage[] stages) {
        this.stages = stages;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public ApplicantCategory getCategory() {
        return category;
    }

    public void setCategory(ApplicantCategory category) {
        this.category = category;
    }

    public BigDecimal getMinSubsidy() {
        return minSubsidy;
    }

    public void setMinSubsidy(BigDecimal minSubsidy) {
        this.minSubsidy = minSubsidy;
    }

    public BigDecimal getMaxSubsidy() {
        return maxSubsidy;
    }

    public void setMaxSubsidy(BigDecimal maxSubsidy) {
        this.maxSubsidy = maxSubsidy;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
