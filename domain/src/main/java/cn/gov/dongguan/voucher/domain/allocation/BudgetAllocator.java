package cn.gov.dongguan.voucher.domain.allocation;

import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares a batch budget among the applications awaiting allocation (R-CALC-9). Pure and exact:
 * arithmetic in whole fen, every division rounded down, so no mode ever exceeds the budget.
 *
 * <ul>
 *   <li>{@code RATIO}: the highest uniform ratio r ≤ batch ratio, in steps of 0.01 percentage point,
 *       with Σ min(floor(r × E_i), cap_i) ≤ budget;</li>
 *   <li>{@code CAP}: the highest uniform cap c ≤ batch cap, to the fen, with
 *       Σ min(floor(ratio × E_i), c, cap_i) ≤ budget;</li>
 *   <li>{@code FIRST_COME}: in order of complete submission, each gets its full S while the budget
 *       lasts, the first that does not fit gets the remainder, the rest get 0.</li>
 * </ul>
 * Here cap_i is the applicant's remaining annual cap, never above the batch cap. Binary search
 * over the ratio steps and the cap in fen keeps the work at O(n log range), so 100,000
 * applications take well under a second.
 */
public final class BudgetAllocator {

    private static final long STEPS_PER_UNIT = 10_000L;
    private static final Comparator<AllocationCandidate> SUBMISSION_ORDER =
            Comparator.comparing(AllocationCandidate::completedAt).thenComparing(AllocationCandidate::applicationId);

    private BudgetAllocator() {}

    public static AllocationSimulation simulate(
            List<AllocationCandidate> candidates, Ratio ratio, Money cap, Money budget) {
        Require.present(ratio, "ratio");
        Require.present(cap, "cap");
        Require.present(budget, "budget");
        Require.that(!budget.isNegative(), "budget", "NEGATIVE_AMOUNT", "R-CALC-9", "the budget cannot be negative");
        List<AllocationCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(SUBMISSION_ORDER);
        int n = ordered.size();
        long[] basis = new long[n];
        long[] capOf = new long[n];
        long batchCap = cap.toFen();
        for (int i = 0; i < n; i++) {
            basis[i] = ordered.get(i).basis().toFen();
            capOf[i] = Math.min(batchCap, ordered.get(i).capRemaining().toFen());
        }
        long budgetFen = budget.toFen();
        long ratioSteps = ratio.steps();

        long[] requested = allocate(basis, capOf, ratioSteps, Long.MAX_VALUE);
        long requestedTotal = sum(requested);

        long bestSteps = ratioSteps;
        if (requestedTotal > budgetFen) {
            long lo = 0;
            long hi = ratioSteps;
            while (lo < hi) {
                long mid = (lo + hi + 1) >>> 1;
                if (sum(allocate(basis, capOf, mid, Long.MAX_VALUE)) <= budgetFen) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            bestSteps = lo;
        }
        long bestCap = batchCap;
        if (requestedTotal > budgetFen) {
            long lo = 0;
            long hi = batchCap;
            while (lo < hi) {
                long mid = lo + (hi - lo + 1) / 2;
                if (sum(allocate(basis, capOf, ratioSteps, mid)) <= budgetFen) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            bestCap = lo;
        }
        long[] byRatio = allocate(basis, capOf, bestSteps, Long.MAX_VALUE);
        long[] byCap = allocate(basis, capOf, ratioSteps, bestCap);
        long[] byFirstCome = firstCome(requested, budgetFen);

        return new AllocationSimulation(
                Money.ofFen(requestedTotal),
                budget,
                outcome(AllocationMode.RATIO, Ratio.ofSteps(bestSteps), cap, ordered, requested, byRatio),
                outcome(AllocationMode.CAP, ratio, Money.ofFen(bestCap), ordered, requested, byCap),
                outcome(AllocationMode.FIRST_COME, ratio, cap, ordered, requested, byFirstCome));
    }

    /** min(floor(steps × E_i / 10000), cap_i, uniformCap) for every candidate, in fen. */
    private static long[] allocate(long[] basis, long[] capOf, long steps, long uniformCap) {
        long[] result = new long[basis.length];
        for (int i = 0; i < basis.length; i++) {
            // E_i < 10^14 fen and steps ≤ 10^4, so the product stays below 10^18 < Long.MAX_VALUE.
            long byRatio = Math.floorDiv(basis[i] * steps, STEPS_PER_UNIT);
            result[i] = Math.min(byRatio, Math.min(capOf[i], uniformCap));
        }
        return result;
    }

    private static long[] firstCome(long[] requested, long budgetFen) {
        long[] result = new long[requested.length];
        long remaining = budgetFen;
        boolean exhausted = false;
        for (int i = 0; i < requested.length; i++) {
            if (exhausted) {
                result[i] = 0;
            } else if (requested[i] <= remaining) {
                result[i] = requested[i];
                remaining -= requested[i];
            } else {
                result[i] = remaining;
                remaining = 0;
                exhausted = true;
            }
        }
        return result;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total = Math.addExact(total, v);
        }
        return total;
    }

    private static AllocationOutcome outcome(
            AllocationMode mode,
            Ratio ratio,
            Money cap,
            List<AllocationCandidate> ordered,
            long[] requested,
            long[] allocated) {
        List<AllocationRow> rows = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            AllocationCandidate c = ordered.get(i);
            rows.add(new AllocationRow(
                    c.applicationId(), c.uscc(), c.name(), Money.ofFen(requested[i]), Money.ofFen(allocated[i])));
        }
        return new AllocationOutcome(mode, ratio, cap, rows, Money.ofFen(sum(allocated)));
    }
}
