package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ApplicationPage;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ListQuery;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The applications table's lazy model over the keyset-paginated use case. The paginator moves
 * page by page (first / previous / next), so every page is one index range scan from a cursor
 * the model remembers — never an OFFSET over 100,000 rows. The total comes from a count with the
 * same filters. Row keys are application ids; a row is opened through the detail page, whose use
 * case checks the principal's town again, so a crafted key shows nothing.
 */
public class ApplicationLazyModel extends LazyDataModel<ApplicationSummary> {

    private static final long serialVersionUID = 1L;

    private final transient ListApplicationsUseCase list;
    private final transient Supplier<Actor> actor;
    private final transient Supplier<ListQuery> filters;
    /** Cursor of the page that starts at a row index, for the current filters and sort. */
    private final Map<Integer, String> cursors = new HashMap<>();

    private String shape;
    private String countedFor;
    private int counted;
    private List<ApplicationSummary> page = List.of();

    ApplicationLazyModel(ListApplicationsUseCase list, Supplier<Actor> actor, Supplier<ListQuery> filters) {
        this.list = list;
        this.actor = actor;
        this.filters = filters;
    }

    /**
     * Up to how many rows the first page counts exactly. Beyond it the page says "超过 2,000 条" and the
     * paginator offers the first 100 pages; the exact total is counted when the officer asks for it
     * ({@link #countAll()}) — a count of a whole city's 100,000 applications was most of the first page's
     * time (issue 12), and an officer who needs more than 100 pages filters or asks.
     */
    static final int COUNT_LIMIT = 2_000;

    /** The filters the officer asked the exact total for. */
    private String exactFor;

    private boolean more;

    /**
     * The total for the current filters, counted once per set of filters: paging and sorting reuse it
     * (a new search, a reset or a fresh page counts again). Counted no further than {@link #COUNT_LIMIT}
     * unless the exact total was asked for these filters.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        String filtersNow = String.valueOf(filters.get());
        if (!filtersNow.equals(exactFor)) {
            // the exact total was asked for other filters: these are counted bounded again
            exactFor = null;
        }
        boolean exact = exactFor != null;
        String key = (exact ? "exact|" : "bounded|") + filtersNow;
        if (!key.equals(countedFor)) {
            Long count = Feedback.attempt(() -> exact
                    ? list.count(actor.get(), filters.get())
                    : list.countUpTo(actor.get(), filters.get(), COUNT_LIMIT));
            if (count == null) {
                // the count failed (the page says why): the figures shown before stay, and so does the button
                exactFor = null;
                countedFor = null;
                return counted;
            }
            more = !exact && count > COUNT_LIMIT;
            counted = (int) Math.min(more ? COUNT_LIMIT : Integer.MAX_VALUE, count);
            countedFor = key;
        }
        return counted;
    }

    /** There are more rows than counted: the page report says "超过 …" and offers the exact total. */
    public boolean isMore() {
        return more;
    }

    /** The officer asks for the exact total of the current filters. */
    public void countAll() {
        exactFor = String.valueOf(filters.get());
        setRowCount(count(Map.of()));
    }

    @Override
    public List<ApplicationSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<ApplicationSummary> rows = Feedback.attempt(() -> page(first, pageSize, sortBy));
        page = rows == null ? List.of() : rows;
        return page;
    }

    private List<ApplicationSummary> page(int first, int pageSize, Map<String, SortMeta> sortBy) {
        ListQuery base = filters.get();
        ApplicationSort sort = ApplicationSort.CREATED_AT;
        boolean descending = true;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                sort = sortOf(meta.getField());
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
        }
        String currentShape = base + "|" + sort + "|" + descending + "|" + pageSize;
        if (!currentShape.equals(shape)) {
            shape = currentShape;
            cursors.clear();
            cursors.put(0, null);
        }
        // walk from the nearest known page (only a change of page size or a jump needs more than one step)
        int start = cursors.keySet().stream()
                .filter(k -> k <= first)
                .max(Integer::compare)
                .orElse(0);
        String cursor = cursors.get(start);
        ApplicationPage result;
        do {
            result = list.list(
                    actor.get(),
                    new ListQuery(
                            base.batch(),
                            base.stages(),
                            base.town(),
                            base.category(),
                            base.minSubsidy(),
                            base.maxSubsidy(),
                            base.text(),
                            sort,
                            descending,
                            cursor,
                            pageSize));
            cursors.put(start + pageSize, result.next());
            cursor = result.next();
            if (start >= first || cursor == null) {
                break;
            }
            start += pageSize;
        } while (true);
        return result.items();
    }

    /** The column a header sorts by, from the allow-list of the use case. */
    static ApplicationSort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "updatedAt" -> ApplicationSort.UPDATED_AT;
            case "subsidy" -> ApplicationSort.SUBSIDY;
            case "applicantName" -> ApplicationSort.APPLICANT_NAME;
            default -> ApplicationSort.CREATED_AT;
        };
    }

    @Override
    public String getRowKey(ApplicationSummary row) {
        return row.id().toString();
    }

    @Override
    public ApplicationSummary getRowData(String rowKey) {
        return page.stream()
                .filter(r -> r.id().toString().equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
