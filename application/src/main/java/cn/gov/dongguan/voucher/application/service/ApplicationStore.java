package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.TownDirectory;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The application store the services share: it finds an application the actor may see, gathers
 * its facts into an {@link ApplicationCase} with one question per port, and saves it with fresh
 * figures and its events. Gathering costs seven reads (batch, leases, applicants with the leases'
 * providers, claims, towns, usage counts, the applicant's earliest open monitoring due day)
 * whatever the number of leases; saving costs the update and one append per event.
 */
public final class ApplicationStore {

    private final ApplicationPort applications;
    private final BatchPort batches;
    private final ApplicantPort applicants;
    private final LeasePort leases;
    private final ClaimLedgerPort claims;
    private final UsageRecordPort usage;
    private final TownPort towns;
    private final ChangeFeedPort feed;
    private final MonitoringPort monitoring;
    private final UnifiedSocialCreditCode platformOperator;

    /**
     * @param platformOperator the compute platform operator's credit code, for R-ELIG-5; {@code null} if not configured
     */
    public ApplicationStore(
            ApplicationPort applications,
            BatchPort batches,
            ApplicantPort applicants,
            LeasePort leases,
            ClaimLedgerPort claims,
            UsageRecordPort usage,
            TownPort towns,
            ChangeFeedPort feed,
            MonitoringPort monitoring,
            UnifiedSocialCreditCode platformOperator) {
        this.applications = Objects.requireNonNull(applications);
        this.batches = Objects.requireNonNull(batches);
        this.applicants = Objects.requireNonNull(applicants);
        this.leases = Objects.requireNonNull(leases);
        this.claims = Objects.requireNonNull(claims);
        this.usage = Objects.requireNonNull(usage);
        this.towns = Objects.requireNonNull(towns);
        this.feed = Objects.requireNonNull(feed);
        this.monitoring = Objects.requireNonNull(monitoring);
        this.platformOperator = platformOperator;
    }

    /** The application, if the actor may read applications and this one (else not found, or forbidden). */
    public Application visible(Actor actor, ApplicationId id) {
        Access.requireApplicationReader(actor);
        Application application = applications.find(id).orElseThrow(() -> new NotFoundException("application " + id));
        Access.requireVisible(actor, application);
        return application;
    }

    /** An application a batch step or a job found by id; it must exist. */
    public Application require(ApplicationId id) {
        return applications.find(id).orElseThrow(() -> new IllegalStateException("application " + id + " is missing"));
    }

    /** Gathers the application's facts, reading its batch. */
    public ApplicationCase gather(Application application) {
        Batch batch = batches.find(application.batch())
                .orElseThrow(() -> new IllegalStateException("batch " + application.batch() + " is missing"));
        return gather(application, batch);
    }

    /** Gathers the application's facts in a batch already read (a batch step reads it once for all). */
    public ApplicationCase gather(Application application, Batch batch) {
        List<OrderNumber> orderNos = application.content().leaseOrderNos();
        List<ComputeLease> claimed = orderNos.isEmpty() ? List.of() : leases.findAll(orderNos);
        Set<UnifiedSocialCreditCode> parties = new LinkedHashSet<>();
        parties.add(application.applicantUscc());
        claimed.forEach(l -> parties.add(l.terms().provider().uscc()));
        Applicant applicant = null;
        // the ties each party declared; only the providers' are looked up (R-ELIG-5), the applicant's own
        // entry matters only where it is itself a provider
        Map<UnifiedSocialCreditCode, Set<UnifiedSocialCreditCode>> providerTies = new HashMap<>();
        for (Applicant found : applicants.findAll(parties)) {
            if (found.uscc().equals(application.applicantUscc())) {
                applicant = found;
            }
            providerTies.put(found.uscc(), found.profile().relatedParties());
        }
        if (applicant == null) {
            throw new IllegalStateException("applicant " + application.applicantUscc() + " is missing");
        }
        var held = claims.claims(new ClaimQuery(
                application.id(),
                application.applicantUscc(),
                orderNos,
                claimed.stream()
                        .flatMap(l -> l.invoices().stream())
                        .map(Invoice::id)
                        .toList(),
                batch.fundingYear(),
                batch.code(),
                batch.window().start()));
        Map<OrderNumber, Long> counts = orderNos.isEmpty() ? Map.of() : usage.countByLease(orderNos);
        return new ApplicationCase(
                application,
                batch,
                applicant,
                claimed,
                held,
                providerTies,
                new TownDirectory(towns.findAll()),
                counts,
                monitoring.earliestOpenDue(application.applicantUscc()).orElse(null),
                platformOperator);
    }

    /** Gathers the facts of the application the actor may see. */
    public ApplicationCase visibleCase(Actor actor, ApplicationId id) {
        return gather(visible(actor, id));
    }

    /** Stores a changed application with fresh figures, publishes its events, and returns the case as stored. */
    public ApplicationCase save(ApplicationCase changed) {
        Application application = changed.application();
        long version = applications.update(application, changed.figures(changed.evaluate()));
        publish(application);
        return changed.with(application.stored(version));
    }

    /** Stores a new application with its figures and publishes its creation. */
    public void insert(ApplicationCase created) {
        applications.insert(created.application(), created.figures(created.evaluate()));
        publish(created.application());
    }

    /** Refreshes the stored figures of an application whose lease changed; its version stays. */
    public void refreshFigures(ApplicationId id) {
        ApplicationCase file = gather(require(id));
        applications.updateFigures(id, file.figures(file.evaluate()));
    }

    /** How the audit log names an application. */
    public static String target(Application application) {
        return "application:" + application.id();
    }

    private void publish(Application application) {
        application.pullEvents().forEach(feed::append);
    }
}
