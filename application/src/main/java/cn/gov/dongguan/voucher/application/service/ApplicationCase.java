package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.out.ApplicationEvaluation;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.Claims;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.calculation.CalculationInput;
import cn.gov.dongguan.voucher.domain.calculation.CalculationPolicy;
import cn.gov.dongguan.voucher.domain.calculation.ExclusionReason;
import cn.gov.dongguan.voucher.domain.calculation.SubsidyCalculator;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityFacts;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityPolicy;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ReviewFacts;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.reference.TownDirectory;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One application with every fact its figures depend on, gathered once per use case by
 * {@link ApplicationStore#gather}: its batch, applicant, claimed leases, what other applications
 * hold of them, the providers' declared ties, the town table and whether usage was metered.
 *
 * <p>The application and the applicant are the live aggregates the use case moves; everything else
 * is read once. {@link #evaluate()} is a pure function of the case, so after a move the figures are
 * recomputed without asking the stores again: a review action changes the application (the
 * verified amount) or the applicant (a disqualification), never the leases or other applications'
 * claims.
 */
public final class ApplicationCase {

    private final Application application;
    private final Batch batch;
    private final Applicant applicant;
    private final List<ComputeLease> leases;
    private final Claims claims;
    private final Map<UnifiedSocialCreditCode, Set<UnifiedSocialCreditCode>> providerTies;
    private final TownDirectory towns;
    private final Map<OrderNumber, Long> usageCounts;
    private final LocalDate earliestOpenMonitoringDue;
    private final UnifiedSocialCreditCode platformOperator;
    /** The generation of the stored evaluation, read before the facts (see {@code ApplicationPort#update}). */
    private final long generation;

    ApplicationCase(
            Application application,
            Batch batch,
            Applicant applicant,
            List<ComputeLease> leases,
            Claims claims,
            Map<UnifiedSocialCreditCode, Set<UnifiedSocialCreditCode>> providerTies,
            TownDirectory towns,
            Map<OrderNumber, Long> usageCounts,
            LocalDate earliestOpenMonitoringDue,
            UnifiedSocialCreditCode platformOperator,
            long generation) {
        this.application = Objects.requireNonNull(application);
        this.batch = Objects.requireNonNull(batch);
        this.applicant = Objects.requireNonNull(applicant);
        this.leases = List.copyOf(leases);
        this.claims = Objects.requireNonNull(claims);
        this.providerTies = Map.copyOf(providerTies);
        this.towns = Objects.requireNonNull(towns);
        this.usageCounts = Map.copyOf(usageCounts);
        this.earliestOpenMonitoringDue = earliestOpenMonitoringDue;
        this.platformOperator = platformOperator;
        this.generation = generation;
    }

    /** The same facts around the application as the store now holds it (after a save). */
    ApplicationCase with(Application stored) {
        return new ApplicationCase(
                stored,
                batch,
                applicant,
                leases,
                claims,
                providerTies,
                towns,
                usageCounts,
                earliestOpenMonitoringDue,
                platformOperator,
                generation);
    }

    long generation() {
        return generation;
    }

    public Application application() {
        return application;
    }

    public Batch batch() {
        return batch;
    }

    public Applicant applicant() {
        return applicant;
    }

    public List<ComputeLease> leases() {
        return leases;
    }

    /** The town table the case was gathered with. */
    public TownDirectory towns() {
        return towns;
    }

    /** Evaluates the case as it stands now; no store is asked. */
    public ApplicationEvaluation evaluate() {
        List<OrderNumber> orderNos = application.content().leaseOrderNos();
        Calculation calculation = SubsidyCalculator.calculate(new CalculationInput(
                CalculationPolicy.of(batch),
                leases,
                claims.subsidisedPayments(),
                claims.invoicesClaimedByOthers(),
                claims.approvedInYear(),
                application.verifiedAmount().orElse(null),
                claims.invoicesCountedEarlier()));

        List<Provider> providers =
                leases.stream().map(l -> l.terms().provider()).distinct().toList();
        EligibilityResult eligibility = EligibilityPolicy.evaluate(new EligibilityFacts(
                applicant,
                towns,
                providers,
                providerTies,
                platformOperator,
                calculation.actualPayment(),
                batch.policy().minimumPayment(),
                application.content().declarations().authenticityPledge(),
                application.content().declarations().noRelatedParty()));

        // the flags the facts raise; the application's own flags are its data, added when it is read
        Set<ApplicationFlag> flags = EnumSet.noneOf(ApplicationFlag.class);
        if (applicant.isDisqualified()) {
            flags.add(ApplicationFlag.APPLICANT_DISQUALIFIED);
        }
        boolean duplicate = calculation.leases().stream()
                .flatMap(l -> l.invoices().stream())
                .anyMatch(line -> line.reason() == ExclusionReason.DUPLICATE_INVOICE);
        if (duplicate) {
            flags.add(ApplicationFlag.DUPLICATE_INVOICE);
        }
        if (orderNos.stream().anyMatch(o -> usageCounts.getOrDefault(o, 0L) == 0L)) {
            flags.add(ApplicationFlag.NO_USAGE_EVIDENCE);
        }
        return new ApplicationEvaluation(calculation, eligibility, flags, earliestOpenMonitoringDue);
    }

    /** What a review action is decided on besides its command (eligibility, E). */
    public ReviewFacts reviewFacts() {
        ApplicationEvaluation evaluation = evaluate();
        return new ReviewFacts(
                evaluation.eligibility(),
                evaluation.calculation().eligibleExpense(),
                applicant,
                batch.policy().creditCheckMaxAgeDays(),
                0);
    }

    /** The figures stored beside the application: the applicant's name, E, S and the evaluation itself. */
    ApplicationFigures figures(ApplicationEvaluation evaluation) {
        return ApplicationFigures.of(applicant.profile().name(), evaluation);
    }

    /** The application as {@code actor} sees it at {@code now}. */
    public ApplicationDetails details(Actor actor, Instant now) {
        return details(application, applicant, evaluate(), actor, now);
    }

    /**
     * The application as {@code actor} sees it at {@code now}, from an evaluation of its facts (computed
     * now or stored): the stage, the flags of the moment and the actions are worked out at {@code now}.
     */
    static ApplicationDetails details(
            Application application, Applicant applicant, ApplicationEvaluation evaluation, Actor actor, Instant now) {
        Set<ApplicationFlag> flags = EnumSet.noneOf(ApplicationFlag.class);
        flags.addAll(evaluation.flags());
        flags.addAll(application.flags());
        flags.addAll(application.flagsAt(now));
        LocalDate due = evaluation.earliestOpenMonitoringDue();
        // MONITORING_OVERDUE while the applicant has a request unanswered after its due day (R-POST-1;
        // for the reviewer, it decides nothing)
        if (due != null && ProgrammeCalendar.dayOf(now).isAfter(due)) {
            flags.add(ApplicationFlag.MONITORING_OVERDUE);
        }
        return new ApplicationDetails(
                application,
                application.stageAt(now),
                applicant,
                evaluation.calculation(),
                evaluation.eligibility(),
                flags,
                application.availableActions(actor, now),
                application.history().verify().intact());
    }
}
