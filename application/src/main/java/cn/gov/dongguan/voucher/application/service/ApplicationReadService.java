package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationEvidenceUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetCalculationUseCase;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Reading one application: as a reviewer sees it, its explained calculation, and its evidence. */
public final class ApplicationReadService
        implements GetApplicationUseCase,
                GetCalculationUseCase,
                GetApplicationEvidenceUseCase,
                cn.gov.dongguan.voucher.application.port.in.GetApplicationFormUseCase {

    private final UseCaseRunner runner;
    private final ApplicationStore store;
    private final LeasePort leases;
    private final UsageRecordPort usage;

    public ApplicationReadService(
            UseCaseRunner runner, ApplicationStore store, LeasePort leases, UsageRecordPort usage) {
        this.runner = Objects.requireNonNull(runner);
        this.store = Objects.requireNonNull(store);
        this.leases = Objects.requireNonNull(leases);
        this.usage = Objects.requireNonNull(usage);
    }

    @Override
    public ApplicationDetails get(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_APPLICATION", "application:" + id, () -> {
            var found = store.visibleEvaluated(actor, id);
            // the answer carries the applicant's personal data (masked by the adapters): a view is audited
            runner.audited(actor, "VIEW_APPLICATION", ApplicationStore.target(found.application()), null);
            return store.details(found, actor, runner.now());
        });
    }

    @Override
    public ApplicationForm form(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_APPLICATION_FORM", "application:" + id, () -> {
            ApplicationCase file = store.visibleCase(actor, id);
            runner.audited(actor, "VIEW_APPLICATION_FORM", ApplicationStore.target(file.application()), null);
            var town = file.application().town();
            return new ApplicationForm(
                    file.details(actor, runner.now()),
                    file.leases(),
                    file.towns().find(town).map(t -> t.nameZh()).orElse(town.value()),
                    file.batch().fundingYear());
        });
    }

    @Override
    public ApplicationEvidence evidence(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_EVIDENCE", "application:" + id, () -> {
            Application application = store.visible(actor, id);
            List<ComputeLease> claimed = leases.findAll(application.content().leaseOrderNos());
            Map<OrderNumber, Map<YearMonth, BigDecimal>> hours = new LinkedHashMap<>();
            for (ComputeLease lease : claimed) {
                Map<YearMonth, BigDecimal> months = usage.monthlyCardHours(lease.orderNo());
                if (!months.isEmpty()) {
                    hours.put(lease.orderNo(), Collections.unmodifiableMap(new TreeMap<>(months)));
                }
            }
            return new ApplicationEvidence(claimed, hours);
        });
    }

    @Override
    public Calculation calculation(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_CALCULATION", "application:" + id, () -> store.evaluation(
                        store.visibleEvaluated(actor, id))
                .calculation());
    }
}
