package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import java.util.function.Consumer;
import java.util.stream.Stream;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.Claims;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;

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
        applications.rows().stream().filter(r -> r.state().batch().equals(batch)
                        && r.state().stage() == ReviewStage.AWAITING_ALLOCATION)
                .sorted(Comparator.comparing((InMemoryApplicationRepository.Row r) -> r.state().completedAt())
                        .thenComparing(r -> r.state().id().toString()))
                .forEach(r -> sink.accept(new AllocationSource(r.state().id(), r.state().applicantUscc(),
                        r.figures().applicantName(),
                        r.state().verifiedAmount() != null ? r.state().verifiedAmount() : r.figures().eligibleExpense(),
                        r.state().completedAt(), claims.approvedInYear(r.state().applicantUscc(), fundingYear, batch))));
    }

}
