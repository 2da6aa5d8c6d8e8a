package cn.gov.dongguan.voucher.domain.batch;

import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch (批次) of the programme: title, funding year, accounting window and policy (R-BATCH-1).
 * The policy changes until allocation is committed, then it is frozen (R-BATCH-2); the window and
 * funding year change only while no application exists.
 */
public final class Batch {

    private final BatchCode code;
    private String title;
    private int fundingYear;
    private AccountingWindow window;
    private BatchPolicy policy;
    private AllocationCommitment allocation;

    public Batch(
            BatchCode code,
            String title,
            int fundingYear,
            AccountingWindow window,
            BatchPolicy policy,
            AllocationCommitment allocation) {
        this.code = Objects.requireNonNull(code, "code");
        this.title = Require.text(title, "title", 100);
        Require.that(
                fundingYear >= 2000 && fundingYear <= 2100,
                "fundingYear",
                "OUT_OF_RANGE",
                "R-BATCH-1",
                "funding year must lie between 2000 and 2100");
        this.fundingYear = fundingYear;
        this.window = Require.present(window, "window");
        this.policy = Require.present(policy, "policy");
        this.allocation = allocation;
    }

    public static Batch announce(
            BatchCode code, String title, int fundingYear, AccountingWindow window, BatchPolicy policy) {
        return new Batch(code, title, fundingYear, window, policy, null);
    }

    /**
     * Redefines the batch as a whole (the bureau's PUT). The window and funding year may not change
     * once applications exist; nothing may change once allocation is committed.
     *
     * @return whether anything changed
     */
    public boolean redefine(
            String newTitle,
            int newFundingYear,
            AccountingWindow newWindow,
            BatchPolicy newPolicy,
            boolean applicationsExist) {
        Batch proposed = new Batch(code, newTitle, newFundingYear, newWindow, newPolicy, allocation);
        if (proposed.title.equals(title)
                && proposed.fundingYear == fundingYear
                && proposed.window.equals(window)
                && proposed.policy.equals(policy)) {
            return false;
        }
        refuseIfCommitted();
        if (applicationsExist && (newFundingYear != fundingYear || !newWindow.equals(window))) {
            throw new ConflictException(
                    "BATCH_IN_USE",
                    "R-BATCH-2",
                    "the window and funding year of batch " + code + " cannot change once applications exist");
        }
        title = proposed.title;
        fundingYear = newFundingYear;
        window = newWindow;
        policy = newPolicy;
        return true;
    }

    /** R-BATCH-2: the fund manager changes policy values until allocation is committed. */
    public boolean changePolicy(PolicyChange change) {
        if (!change.isEmpty()) {
            refuseIfCommitted();
        }
        BatchPolicy changed = policy.with(change);
        if (changed.equals(policy)) {
            return false;
        }
        refuseIfCommitted();
        policy = changed;
        return true;
    }

    /** Freezes the batch with the chosen allocation (R-CALC-9); committing twice is refused. */
    public void commitAllocation(AllocationCommitment commitment) {
        Require.present(commitment, "allocation");
        refuseIfCommitted();
        allocation = commitment;
    }

    private void refuseIfCommitted() {
        if (allocation != null) {
            throw new ConflictException(
                    "ALLOCATION_COMMITTED",
                    "R-BATCH-2",
                    "allocation of batch " + code + " is committed; its policy is frozen");
        }
    }

    public boolean isAllocationCommitted() {
        return allocation != null;
    }

    public BatchCode code() {
        return code;
    }

    public String title() {
        return title;
    }

    public int fundingYear() {
        return fundingYear;
    }

    public AccountingWindow window() {
        return window;
    }

    public BatchPolicy policy() {
        return policy;
    }

    public Optional<AllocationCommitment> allocation() {
        return Optional.ofNullable(allocation);
    }
}
