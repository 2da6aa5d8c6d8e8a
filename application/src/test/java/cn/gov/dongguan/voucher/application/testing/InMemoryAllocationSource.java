package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.util.Comparator;
import java.util.function.Consumer;

/** The in-memory applications awaiting allocation, projected as the database projects them. */
public final class InMemoryAllocationSource implements AllocationSourcePort {

    private final InMemoryApplicationRepository applications;
    private final InMemoryClaimLedger claims;

    public InMemoryAllocationSource(InMemoryApplicationRepository applications, InMemoryClaimLedger claims) {
        this.applications = applications;
        this.claims = claims;
    }

    @Override
    public void streamAwaitingAllocation(BatchCode batch, int fundingYear, Consumer<AllocationSource> sink) {
        applications.rows().stream()
                .filter(r -> r.state().batch().equals(batch) && r.state().stage() == ReviewStage.AWAITING_ALLOCATION)
                .sorted(Comparator.comparing((InMemoryApplicationRepository.Row r) ->
                                r.state().completedAt())
                        .thenComparing(r -> r.state().id().toString()))
                .forEach(r -> sink.accept(new AllocationSource(
                        r.state().id(),
                        r.state().applicantUscc(),
                        r.figures().applicantName(),
                        r.state().verifiedAmount() != null
                                ? r.state().verifiedAmount()
                                : r.figures().eligibleExpense(),
                        r.state().completedAt(),
                        claims.approvedInYear(r.state().applicantUscc(), fundingYear, batch))));
    }
}
