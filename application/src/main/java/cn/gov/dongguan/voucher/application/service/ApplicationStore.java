package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationEvaluation;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.EvaluatedApplication;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The application store the services share: it finds an application the actor may see, gathers
 * its facts into an {@link ApplicationCase} with one question per port, and saves it with fresh
 * figures and its events. Gathering costs eight reads (the evaluation's generation, batch, leases,
 * applicants with the leases' providers, claims, towns, usage counts, the applicant's earliest open
 * monitoring due day) whatever the number of leases; saving costs the update, one drop of the
 * related applications' evaluations and one append per event.
 *
 * <p>A read does not gather: the evaluation is stored with the application (see {@link
 * ApplicationEvaluation}) and a detail view costs the application's row, its history and the
 * applicant. Only a read that finds the evaluation dropped gathers, and stores what it computed.
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

    /** The application with its stored evaluation, if the actor may read applications and this one. */
    public EvaluatedApplication visibleEvaluated(Actor actor, ApplicationId id) {
        Access.requireApplicationReader(actor);
        EvaluatedApplication found =
                applications.findEvaluated(id).orElseThrow(() -> new NotFoundException("application " + id));
        Access.requireVisible(actor, found.application());
        return found;
    }

    /**
     * The evaluation of a stored application: the stored one while it is current (no store is asked);
     * otherwise its facts are gathered and evaluated, and the evaluation is stored for the next reader.
     */
    public ApplicationEvaluation evaluation(EvaluatedApplication found) {
        return found.evaluation().orElseGet(() -> evaluateAndKeep(gather(found)));
    }

    /** The application as {@code actor} sees it at {@code now}, from its stored evaluation where current. */
    public ApplicationDetails details(EvaluatedApplication found, Actor actor, Instant now) {
        if (found.evaluation().isEmpty()) {
            ApplicationCase file = gather(found);
            return ApplicationCase.details(found.application(), file.applicant(), evaluateAndKeep(file), actor, now);
        }
        Application application = found.application();
        Applicant applicant = applicants
                .find(application.applicantUscc())
                .orElseThrow(
                        () -> new IllegalStateException("applicant " + application.applicantUscc() + " is missing"));
        return ApplicationCase.details(
                application, applicant, found.evaluation().get(), actor, now);
    }

    /**
     * Computes and stores the evaluations nothing has computed since they were dropped, up to {@code
     * limit} of them (the background refresh, so that lists show current E and S); returns how many.
     */
    public int refreshDropped(int limit) {
        int count = 0;
        for (ApplicationId id : applications.unevaluated(limit)) {
            applications
                    .findEvaluated(id)
                    .filter(f -> f.evaluation().isEmpty())
                    .ifPresent(f -> evaluateAndKeep(gather(f)));
            count++;
        }
        return count;
    }

    /** The applicant (or provider) changed: the evaluations that read it are dropped, except {@code except}'s. */
    public void partyChanged(UnifiedSocialCreditCode party, ApplicationId except) {
        applications.dropEvaluationsOfParty(party, except);
    }

    /**
     * A lease's payments or invoices changed: the evaluations that read them are dropped (those of the
     * applications claiming it are then refreshed at once by the caller, for lists).
     */
    public void leaseChanged(OrderNumber lease) {
        applications.dropEvaluationsOfLease(lease);
    }

    /** Usage was metered for the leases: the evaluations that flagged them as having none are dropped. */
    public void usageArrived(Set<OrderNumber> leases) {
        applications.dropEvaluationsWithoutUsage(leases);
    }

    /** An application a batch step or a job found by id; it must exist. */
    public Application require(ApplicationId id) {
        return applications.find(id).orElseThrow(() -> new IllegalStateException("application " + id + " is missing"));
    }

    /** Gathers the application's facts, reading its batch. */
    public ApplicationCase gather(Application application) {
        return gather(application, batch(application), applications.evaluationGeneration(application.id()));
    }

    /** Gathers the application's facts in a batch already read (a batch step reads it once for all). */
    public ApplicationCase gather(Application application, Batch batch) {
        return gather(application, batch, applications.evaluationGeneration(application.id()));
    }

    private ApplicationCase gather(EvaluatedApplication found) {
        return gather(found.application(), batch(found.application()), found.generation());
    }

    private Batch batch(Application application) {
        return batches.find(application.batch())
                .orElseThrow(() -> new IllegalStateException("batch " + application.batch() + " is missing"));
    }

    /**
     * Gathers the facts after the generation was read: a change committed after that read drops the
     * evaluation again, so a write of this one is refused (see {@code ApplicationPort#update}).
     */
    private ApplicationCase gather(Application application, Batch batch, long generation) {
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
                platformOperator,
                generation);
    }

    /** Gathers the facts of the application the actor may see. */
    public ApplicationCase visibleCase(Actor actor, ApplicationId id) {
        return gather(visible(actor, id));
    }

    /** Stores a changed application with fresh figures, publishes its events, and returns the case as stored. */
    public ApplicationCase save(ApplicationCase changed) {
        Application application = changed.application();
        long version = applications.update(application, changed.figures(changed.evaluate()), changed.generation());
        applications.dropRelatedEvaluations(application);
        publish(application);
        return changed.with(application.stored(version));
    }

    /** Stores a new application with its figures and publishes its creation. */
    public void insert(ApplicationCase created) {
        applications.insert(created.application(), created.figures(created.evaluate()));
        applications.dropRelatedEvaluations(created.application());
        publish(created.application());
    }

    /** Refreshes the stored figures of an application whose lease changed; its version stays. */
    public void refreshFigures(ApplicationId id) {
        ApplicationCase file = gather(require(id));
        applications.updateFigures(id, file.figures(file.evaluate()), file.generation());
    }

    /** Evaluates a case whose stored evaluation was dropped and stores it, if nothing dropped it again since. */
    private ApplicationEvaluation evaluateAndKeep(ApplicationCase file) {
        ApplicationEvaluation evaluation = file.evaluate();
        applications.cacheEvaluation(file.application().id(), file.figures(evaluation), file.generation());
        return evaluation;
    }

    /** How the audit log names an application. */
    public static String target(Application application) {
        return "application:" + application.id();
    }

    private void publish(Application application) {
        application.pullEvents().forEach(feed::append);
    }
}
