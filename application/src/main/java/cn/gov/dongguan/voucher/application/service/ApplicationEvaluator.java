package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.out.ApplicantRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.LeaseRepository;
import cn.gov.dongguan.voucher.application.port.out.TownRepository;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordRepository;
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
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.reference.TownDirectory;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers what the calculation (R-CALC-1..8), eligibility (R-ELIG-1..7) and the reviewer's flags
 * depend on, from the stores, and evaluates them for one application. Nothing is cached: figures
 * are recomputed from the current leases whenever they are shown or stored.
 */
public final class ApplicationEvaluator {

    private final LeaseRepository leases;
    private final ApplicationRepository applications;
    private final ApplicantRepository applicants;
    private final UsageRecordRepository usage;
    private final TownRepository towns;
    private final UnifiedSocialCreditCode platformOperator;

    /**
     * @param platformOperator the compute platform operator's credit code, for R-ELIG-5; {@code null} if not configured
     */
    public ApplicationEvaluator(LeaseRepository leases, ApplicationRepository applications,
                                ApplicantRepository applicants, UsageRecordRepository usage, TownRepository towns,
                                UnifiedSocialCreditCode platformOperator) {
        this.leases = Objects.requireNonNull(leases);
        this.applications = Objects.requireNonNull(applications);
        this.applicants = Objects.requireNonNull(applicants);
        this.usage = Objects.requireNonNull(usage);
        this.towns = Objects.requireNonNull(towns);
        this.platformOperator = platformOperator;
    }

    /** Everything evaluated for one application at one moment. */
    public record Evaluation(List<ComputeLease> leases, Calculation calculation, EligibilityResult eligibility,
                             Set<ApplicationFlag> flags) {

        public ApplicationFigures figures(Applicant applicant) {
            return new ApplicationFigures(applicant.profile().name(), calculation.eligibleExpense(), calculation.subsidy());
        }
    }

    public Evaluation evaluate(Application application, Batch batch, Applicant applicant) {
        List<OrderNumber> orderNos = application.content().leaseOrderNos();
        List<ComputeLease> claimed = leases.findAll(orderNos);
        List<InvoiceId> invoiceIds = claimed.stream().flatMap(l -> l.invoices().stream()).map(Invoice::id).toList();
        Set<InvoiceId> elsewhere = invoiceIds.isEmpty() ? Set.of()
                : applications.invoicesClaimedByOthers(application.id(), invoiceIds);
        CalculationInput input = new CalculationInput(CalculationPolicy.of(batch), claimed,
                orderNos.isEmpty() ? Set.of() : applications.subsidisedPayments(orderNos, application.id()),
                elsewhere,
                applications.approvedInYear(application.applicantUscc(), batch.fundingYear(), batch.code()),
                application.verifiedAmount().orElse(null));
        Calculation calculation = SubsidyCalculator.calculate(input);

        List<Provider> providers = claimed.stream().map(l -> l.terms().provider()).distinct().toList();
        Map<UnifiedSocialCreditCode, Set<UnifiedSocialCreditCode>> providerTies = new HashMap<>();
        if (!providers.isEmpty()) {
            for (Applicant p : applicants.findAll(providers.stream().map(Provider::uscc).collect(Collectors.toSet()))) {
                providerTies.put(p.uscc(), p.profile().relatedParties());
            }
        }
        EligibilityResult eligibility = EligibilityPolicy.evaluate(new EligibilityFacts(applicant,
                new TownDirectory(towns.findAll()), providers, providerTies, platformOperator,
                calculation.actualPayment(), batch.policy().minimumPayment(),
                application.content().declarations().authenticityPledge(),
                application.content().declarations().noRelatedParty()));

        Set<ApplicationFlag> flags = EnumSet.noneOf(ApplicationFlag.class);
        flags.addAll(application.flags());
        boolean duplicate = calculation.leases().stream().flatMap(l -> l.invoices().stream())
                .anyMatch(line -> line.reason() == ExclusionReason.DUPLICATE_INVOICE);
        if (duplicate) {
            flags.add(ApplicationFlag.DUPLICATE_INVOICE);
        }
        if (!orderNos.isEmpty()) {
            Map<OrderNumber, Long> counts = usage.countByLease(orderNos);
            if (orderNos.stream().anyMatch(o -> counts.getOrDefault(o, 0L) == 0L)) {
                flags.add(ApplicationFlag.NO_USAGE_EVIDENCE);
            }
        }
        return new Evaluation(claimed, calculation, eligibility, flags);
    }
}
