package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One page of the application list: filters, a sort from the allow-list, and the keyset to start
 * after. Keyset pagination only: the page after (sort value, id) is found through the index, never
 * by skipping rows.
 *
 * @param scopeTown when set, only applications of this town exist for the caller (R-FLOW-4)
 * @param stages stages to include; empty means all
 * @param text a case-insensitive part of the applicant's name, or the start of its credit code
 * @param after the last row of the previous page, or {@code null} for the first page
 * @param limit rows to return, 1 to 200
 * @param now the moment the list is read at: an overdue return then reads (and filters) as
 *     {@code WITHDRAWN} (R-FLOW-3); {@code null} for the stored stages
 */
public record ApplicationListQuery(
        TownCode scopeTown,
        BatchCode batch,
        Set<ReviewStage> stages,
        TownCode town,
        ApplicantCategory category,
        Money minSubsidy,
        Money maxSubsidy,
        String text,
        ApplicationSort sort,
        boolean descending,
        Keyset after,
        int limit,
        Instant now) {

    public ApplicationListQuery {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        sort = sort == null ? ApplicationSort.CREATED_AT : sort;
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1 to 200");
        }
    }

    /** A list of the stored stages, read at no particular moment. */
    public ApplicationListQuery(
            TownCode scopeTown,
            BatchCode batch,
            Set<ReviewStage> stages,
            TownCode town,
            ApplicantCategory category,
            Money minSubsidy,
            Money maxSubsidy,
            String text,
            ApplicationSort sort,
            boolean descending,
            Keyset after,
            int limit) {
        this(
                scopeTown,
                batch,
                stages,
                town,
                category,
                minSubsidy,
                maxSubsidy,
                text,
                sort,
                descending,
                after,
                limit,
                null);
    }

    /** The same list read at {@code moment}. */
    public ApplicationListQuery at(Instant moment) {
        return new ApplicationListQuery(
                scopeTown,
                batch,
                stages,
                town,
                category,
                minSubsidy,
                maxSubsidy,
                text,
                sort,
                descending,
                after,
                limit,
                moment);
    }

    /** The position after which a page starts: the sort column's value (as text) and the id. */
    public record Keyset(String value, String id) {

        public Keyset {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(id, "id");
        }
    }
}
