package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertInvoiceUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertLeaseUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertPaymentUseCase;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.LeaseTerms;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The compute platform's pushes: leases, payments, invoices (idempotent by natural key, frozen
 * once claimed by an application past DRAFT) and usage records in bulk.
 */
public final class LeaseService
        implements UpsertLeaseUseCase, UpsertPaymentUseCase, UpsertInvoiceUseCase, IngestUsageRecordsUseCase {

    private final UseCaseRunner runner;
    private final LeasePort leases;
    private final UsageRecordPort usage;
    private final ClaimLedgerPort claims;
    private final ApplicationStore store;

    public LeaseService(
            UseCaseRunner runner,
            LeasePort leases,
            UsageRecordPort usage,
            ClaimLedgerPort claims,
            ApplicationStore store) {
        this.runner = Objects.requireNonNull(runner);
        this.leases = Objects.requireNonNull(leases);
        this.usage = Objects.requireNonNull(usage);
        this.claims = Objects.requireNonNull(claims);
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public Upsert upsert(Actor actor, OrderNumber orderNo, LeaseTerms terms) {
        return runner.runIdempotent(actor, "PUSH_LEASE", "lease:" + orderNo, () -> {
            UseCaseRunner.requireRole(actor, Role.PLATFORM);
            return leases.find(orderNo)
                    .map(lease -> {
                        Upsert outcome = lease.revise(terms, claims.isLeaseClaimedPastDraft(orderNo));
                        return stored(actor, lease, outcome, "PUSH_LEASE", "terms");
                    })
                    .orElseGet(() ->
                            stored(actor, ComputeLease.place(orderNo, terms), Upsert.CREATED, "PUSH_LEASE", "terms"));
        });
    }

    @Override
    public Upsert upsert(Actor actor, OrderNumber orderNo, Payment payment) {
        return change(
                actor,
                orderNo,
                "PUSH_PAYMENT",
                "payment " + payment.ref(),
                (lease) -> lease.recordPayment(payment, claims.isLeaseClaimedPastDraft(orderNo)));
    }

    @Override
    public Upsert upsert(Actor actor, OrderNumber orderNo, Invoice invoice) {
        return change(
                actor,
                orderNo,
                "PUSH_INVOICE",
                "invoice " + invoice.id(),
                (lease) -> lease.recordInvoice(invoice, claims.isLeaseClaimedPastDraft(orderNo)));
    }

    private Upsert change(
            Actor actor, OrderNumber orderNo, String action, String what, Function<ComputeLease, Upsert> change) {
        return runner.runIdempotent(actor, action, "lease:" + orderNo, () -> {
            UseCaseRunner.requireRole(actor, Role.PLATFORM);
            ComputeLease lease = leases.find(orderNo).orElseThrow(() -> new NotFoundException("lease " + orderNo));
            return stored(actor, lease, change.apply(lease), action, what);
        });
    }

    private Upsert stored(Actor actor, ComputeLease lease, Upsert outcome, String action, String what) {
        if (outcome == Upsert.UNCHANGED) {
            return outcome;
        }
        leases.save(lease);
        store.leaseChanged(lease.orderNo());
        refreshFiguresOfClaimingApplications(lease.orderNo());
        runner.audited(
                actor,
                action,
                "lease:" + lease.orderNo(),
                what + " " + outcome.name().toLowerCase());
        return outcome;
    }

    /** The stored E and S of every open application claiming the lease follow its new figures. */
    private void refreshFiguresOfClaimingApplications(OrderNumber orderNo) {
        for (ApplicationId id : claims.claiming(orderNo)) {
            store.refreshFigures(id);
        }
    }

    @Override
    public IngestResult ingest(Actor actor, List<Indexed> records, List<Rejection> malformed) {
        return runner.runIdempotent(actor, "PUSH_USAGE", "usage-records", () -> {
            UseCaseRunner.requireRole(actor, Role.PLATFORM);
            if (records.size() + malformed.size() > MAX_RECORDS) {
                throw ValidationException.of(
                        "records", "TOO_MANY_RECORDS", null, "at most " + MAX_RECORDS + " records per request");
            }
            List<Rejection> rejected = new ArrayList<>(malformed);
            Set<OrderNumber> knownLeases = leases.existing(
                    records.stream().map(r -> r.record().orderNo()).distinct().toList());
            Set<String> seen = new HashSet<>();
            List<UsageRecord> candidates = new ArrayList<>();
            int duplicates = 0;
            for (Indexed r : records) {
                if (!knownLeases.contains(r.record().orderNo())) {
                    rejected.add(new Rejection(
                            r.index(),
                            List.of(Violation.of(
                                    "orderNo",
                                    "UNKNOWN_LEASE",
                                    null,
                                    "lease " + r.record().orderNo() + " has not been pushed"))));
                } else if (!seen.add(r.record().recordId())) {
                    duplicates++;
                } else {
                    candidates.add(r.record());
                }
            }
            // the store skips ids already stored (by an earlier or a concurrent request): those are duplicates too
            int stored = candidates.isEmpty() ? 0 : usage.insertNew(candidates);
            duplicates += candidates.size() - stored;
            if (stored > 0) {
                // metered usage clears NO_USAGE_EVIDENCE on the applications claiming these leases
                store.usageArrived(
                        candidates.stream().map(UsageRecord::orderNo).collect(java.util.stream.Collectors.toSet()));
            }
            rejected.sort(Comparator.comparingInt(Rejection::index));
            runner.audited(
                    actor,
                    "PUSH_USAGE",
                    "usage-records",
                    stored + " accepted, " + duplicates + " duplicates, " + rejected.size() + " rejected");
            return new IngestResult(stored, duplicates, rejected);
        });
    }
}
