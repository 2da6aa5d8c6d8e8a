package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.BatchRepository;
import cn.gov.dongguan.voucher.application.port.out.LeaseRepository;
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

/**
 * Applications as stored states, with the same semantics as the database: optimistic versions,
 * one open application per applicant and batch, keyset pages.
 */
public final class InMemoryApplicationRepository implements ApplicationRepository {

    private record Row(ApplicationState state, ApplicationFigures figures) {

        Instant updatedAt() {
            return state.history().get(state.history().size() - 1).at();
        }
    }

    private static final Set<ReviewStage> RELEASED = Set.of(ReviewStage.REJECTED, ReviewStage.WITHDRAWN,
            ReviewStage.TERMINATED);

    private final Map<ApplicationId, Row> rows = new LinkedHashMap<>();
    private final Map<PaymentKey, ApplicationId> subsidised = new HashMap<>();
    private final LeaseRepository leases;
    private final BatchRepository batches;

    public InMemoryApplicationRepository(LeaseRepository leases, BatchRepository batches) {
        this.leases = leases;
        this.batches = batches;
    }

    private Stream<ApplicationState> states() {
        return rows.values().stream().map(Row::state);
    }

    @Override
    public synchronized Optional<Application> find(ApplicationId id) {
        return Optional.ofNullable(rows.get(id)).map(r -> Application.restore(r.state()));
    }

    @Override
    public synchronized void insert(Application application, ApplicationFigures figures) {
        ApplicationState state = application.snapshot();
        if (rows.containsKey(state.id())) {
            throw new IllegalStateException("application " + state.id() + " exists");
        }
        findOpen(state.applicantUscc(), state.batch()).ifPresent(open -> {
            throw new ConflictException("OPEN_APPLICATION_EXISTS", "R-FLOW-8", "an open application exists: " + open);
        });
        rows.put(state.id(), new Row(withVersion(state, 0), figures));
    }

    @Override
    public synchronized void update(Application application, ApplicationFigures figures) {
        ApplicationState state = application.snapshot();
        Row row = rows.get(state.id());
        if (row == null) {
            throw new IllegalStateException("application " + state.id() + " was never stored");
        }
        if (row.state().version() != state.version()) {
            throw new StaleVersionException("application " + state.id(), state.version(), row.state().version());
        }
        if (!state.history().subList(0, row.state().history().size()).equals(row.state().history())) {
            throw new IllegalStateException("the review history is append-only");
        }
        rows.put(state.id(), new Row(withVersion(state, state.version() + 1), figures));
    }

    @Override
    public synchronized void updateFigures(ApplicationId id, ApplicationFigures figures) {
        Row row = rows.get(id);
        rows.put(id, new Row(row.state(), figures));
    }

    private static ApplicationState withVersion(ApplicationState s, long version) {
        return new ApplicationState(s.id(), s.batch(), s.applicantUscc(), s.town(), s.category(), s.content(),
                s.stage(), version, s.createdAt(), s.submittedAt(), s.completedAt(), s.returnedAt(),
                s.returnDeadline(), s.returnItems(), s.materials(), s.verifiedAmount(), s.legalRepConfirmation(),
                s.originalsChecked(), s.paperDossierReceived(), s.allocatedAmount(), s.noticeEndsAt(), s.approvedOn(),
                s.approvalDocumentNo(), s.bankReference(), s.paidOn(), s.flags(), s.history());
    }

    @Override
    public synchronized Optional<ApplicationId> findOpen(UnifiedSocialCreditCode applicant, BatchCode batch) {
        return states().filter(s -> s.applicantUscc().equals(applicant) && s.batch().equals(batch)
                && !s.stage().isEnded()).map(ApplicationState::id).findFirst();
    }

    @Override
    public synchronized boolean existsInBatch(BatchCode batch) {
        return states().anyMatch(s -> s.batch().equals(batch));
    }

    @Override
    public synchronized boolean hasApplicationUnderReview(UnifiedSocialCreditCode applicant) {
        return states().anyMatch(s -> s.applicantUscc().equals(applicant) && s.stage() != ReviewStage.DRAFT
                && !s.stage().isEnded());
    }

    @Override
    public synchronized boolean isContentReferenced(String sha256) {
        return states().flatMap(s -> s.materials().stream()).map(Material::sha256).anyMatch(sha256::equals);
    }

    @Override
    public synchronized boolean isLeaseClaimedPastDraft(OrderNumber orderNo) {
        return states().anyMatch(s -> s.stage() != ReviewStage.DRAFT && s.content().leaseOrderNos().contains(orderNo));
    }

    @Override
    public synchronized List<ApplicationId> claiming(OrderNumber orderNo) {
        return states().filter(s -> !s.stage().isEnded() && s.content().leaseOrderNos().contains(orderNo))
                .map(ApplicationState::id).toList();
    }

    @Override
    public synchronized Set<InvoiceId> invoicesClaimedByOthers(ApplicationId self, Collection<InvoiceId> invoices) {
        Set<InvoiceId> found = new HashSet<>();
        states().filter(s -> !s.id().equals(self) && !RELEASED.contains(s.stage())).forEach(s -> {
            for (ComputeLease lease : leases.findAll(s.content().leaseOrderNos())) {
                lease.invoices().stream().map(Invoice::id).filter(invoices::contains).forEach(found::add);
            }
        });
        return found;
    }

    @Override
    public synchronized void recordSubsidisedPayments(ApplicationId application, BatchCode batch,
                                                      Collection<PaymentKey> payments) {
        payments.forEach(p -> subsidised.putIfAbsent(p, application));
    }

    @Override
    public synchronized Set<PaymentKey> subsidisedPayments(Collection<OrderNumber> leaseOrderNos, ApplicationId excluding) {
        Set<PaymentKey> found = new HashSet<>();
        subsidised.forEach((key, app) -> {
            if (!app.equals(excluding) && leaseOrderNos.contains(key.orderNo())) {
                found.add(key);
            }
        });
        return found;
    }

    @Override
    public synchronized Money approvedInYear(UnifiedSocialCreditCode applicant, int fundingYear, BatchCode excluding) {
        return states().filter(s -> s.applicantUscc().equals(applicant) && !s.batch().equals(excluding))
                .filter(s -> s.stage() == ReviewStage.APPROVED || s.stage() == ReviewStage.DISBURSED)
                .filter(s -> batches.find(s.batch()).map(Batch::fundingYear).orElse(-1) == fundingYear)
                .map(s -> s.allocatedAmount() == null ? Money.ZERO : s.allocatedAmount())
                .reduce(Money.ZERO, Money::plus);
    }

    @Override
    public synchronized void streamAwaitingAllocation(BatchCode batch, int fundingYear, Consumer<AllocationSource> sink) {
        rows.values().stream().filter(r -> r.state().batch().equals(batch)
                        && r.state().stage() == ReviewStage.AWAITING_ALLOCATION)
                .sorted(Comparator.comparing((Row r) -> r.state().completedAt())
                        .thenComparing(r -> r.state().id().toString()))
                .forEach(r -> sink.accept(new AllocationSource(r.state().id(), r.state().applicantUscc(),
                        r.figures().applicantName(),
                        r.state().verifiedAmount() != null ? r.state().verifiedAmount() : r.figures().eligibleExpense(),
                        r.state().completedAt(), approvedInYear(r.state().applicantUscc(), fundingYear, batch))));
    }

    @Override
    public synchronized List<ApplicationId> idsInStage(BatchCode batch, ReviewStage stage) {
        return states().filter(s -> s.batch().equals(batch) && s.stage() == stage).map(ApplicationState::id).toList();
    }

    @Override
    public synchronized List<ApplicationId> returnedOverdue(Instant now, int limit) {
        Instant cutoff = now.minusSeconds(1);
        return states().filter(s -> s.stage() == ReviewStage.RETURNED && !s.returnDeadline().isAfter(cutoff))
                .map(ApplicationState::id).limit(limit).toList();
    }

    @Override
    public synchronized List<ApplicationId> noticeEnded(Instant now, int limit) {
        Instant cutoff = now.minusSeconds(1);
        return states().filter(s -> s.stage() == ReviewStage.PUBLIC_NOTICE && !s.noticeEndsAt().isAfter(cutoff))
                .map(ApplicationState::id).limit(limit).toList();
    }

    @Override
    public synchronized List<ApplicationSummary> list(ApplicationListQuery q) {
        Comparator<ApplicationSummary> order = comparator(q.sort());
        if (q.descending()) {
            order = order.reversed();
        }
        Comparator<ApplicationSummary> finalOrder = order;
        return rows.values().stream()
                .filter(r -> matches(r, q))
                .map(InMemoryApplicationRepository::summary)
                .filter(s -> q.after() == null || finalOrder.compare(s, probe(q)) > 0)
                .sorted(order)
                .limit(q.limit() + 1L)
                .toList();
    }

    @Override
    public synchronized long count(ApplicationListQuery q) {
        return rows.values().stream().filter(r -> matches(r, q)).count();
    }

    private static Comparator<ApplicationSummary> comparator(ApplicationSort sort) {
        Comparator<ApplicationSummary> byValue = switch (sort) {
            case CREATED_AT -> Comparator.comparing(ApplicationSummary::createdAt);
            case UPDATED_AT -> Comparator.comparing(ApplicationSummary::updatedAt);
            case SUBSIDY -> Comparator.comparing(ApplicationSummary::subsidy);
            case APPLICANT_NAME -> Comparator.comparing(ApplicationSummary::applicantName);
        };
        return byValue.thenComparing(s -> s.id().toString());
    }

    /** A summary carrying just the keyset's sort value and id, to compare rows against. */
    private static ApplicationSummary probe(ApplicationListQuery q) {
        String v = q.after().value();
        Instant instant = q.sort() == ApplicationSort.CREATED_AT || q.sort() == ApplicationSort.UPDATED_AT
                ? Instant.parse(v) : Instant.EPOCH;
        Money subsidy = q.sort() == ApplicationSort.SUBSIDY ? Money.ofFen(Long.parseLong(v)) : Money.ZERO;
        String name = q.sort() == ApplicationSort.APPLICANT_NAME ? v : "";
        return new ApplicationSummary(ApplicationId.of(q.after().id()), null, null, name, null, null, null, null, 0,
                instant, instant, null, null, null, subsidy, null, null, null);
    }

    private static boolean matches(Row r, ApplicationListQuery q) {
        ApplicationState s = r.state();
        if (q.scopeTown() != null && !s.town().equals(q.scopeTown())) {
            return false;
        }
        if (q.batch() != null && !s.batch().equals(q.batch())) {
            return false;
        }
        if (!q.stages().isEmpty() && !q.stages().contains(s.stage())) {
            return false;
        }
        if (q.town() != null && !s.town().equals(q.town())) {
            return false;
        }
        if (q.category() != null && s.category() != q.category()) {
            return false;
        }
        if (q.minSubsidy() != null && r.figures().subsidy().isLessThan(q.minSubsidy())) {
            return false;
        }
        if (q.maxSubsidy() != null && r.figures().subsidy().isGreaterThan(q.maxSubsidy())) {
            return false;
        }
        if (q.text() != null) {
            String text = q.text().toLowerCase(Locale.ROOT);
            return r.figures().applicantName().toLowerCase(Locale.ROOT).contains(text)
                    || s.applicantUscc().value().startsWith(q.text().toUpperCase(Locale.ROOT));
        }
        return true;
    }

    private static ApplicationSummary summary(Row r) {
        ApplicationState s = r.state();
        return new ApplicationSummary(s.id(), s.batch(), s.applicantUscc(), r.figures().applicantName(), s.town(),
                s.category(), s.content().projectName(), s.stage(), s.version(), s.createdAt(), r.updatedAt(),
                s.submittedAt(), s.returnDeadline(), r.figures().eligibleExpense(), r.figures().subsidy(),
                s.allocatedAmount(), s.bankReference(), s.paidOn());
    }

    @Override
    public synchronized List<StageCount> countByTownAndStage(BatchCode batch, TownCode town) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        states().filter(s -> batch == null || s.batch().equals(batch)).filter(s -> town == null || s.town().equals(town))
                .forEach(s -> counts.merge(List.of(s.town(), s.stage()), 1L, Long::sum));
        List<StageCount> result = new ArrayList<>();
        counts.forEach((k, v) -> result.add(new StageCount((TownCode) k.get(0), (ReviewStage) k.get(1), v)));
        return result;
    }

    @Override
    public synchronized List<ApplicationSummary> returnDeadlinesBetween(Instant from, Instant to, TownCode town) {
        return rows.values().stream()
                .filter(r -> r.state().stage() == ReviewStage.RETURNED)
                .filter(r -> !r.state().returnDeadline().isBefore(from) && r.state().returnDeadline().isBefore(to))
                .filter(r -> town == null || r.state().town().equals(town))
                .map(InMemoryApplicationRepository::summary)
                .sorted(Comparator.comparing(ApplicationSummary::returnDeadline))
                .toList();
    }
}
