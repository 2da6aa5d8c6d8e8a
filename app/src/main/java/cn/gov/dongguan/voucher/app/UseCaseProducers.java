package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.application.service.AllocationService;
import cn.gov.dongguan.voucher.application.service.ApplicantService;
import cn.gov.dongguan.voucher.application.service.ApplicationReadService;
import cn.gov.dongguan.voucher.application.service.BatchService;
import cn.gov.dongguan.voucher.application.service.BatchStepService;
import cn.gov.dongguan.voucher.application.service.FilingService;
import cn.gov.dongguan.voucher.application.service.LeaseService;
import cn.gov.dongguan.voucher.application.service.MonitoringService;
import cn.gov.dongguan.voucher.application.service.QueryService;
import cn.gov.dongguan.voucher.application.service.ReviewService;
import cn.gov.dongguan.voucher.application.service.SchedulerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Makes every service injectable by the inbound ports it implements: one producer per service, and
 * a producer's bean has every interface of what it returns as a bean type, so a REST resource or a
 * UI bean asks for {@code ReviewApplicationUseCase} and gets the review service. Each is an
 * application-scoped bean, so what is injected is a (serialisable) client proxy of the inbound
 * port: the UI's view- and session-scoped beans may hold use cases without breaking passivation
 * rules. Nothing injects a service by its class.
 */
@ApplicationScoped
public class UseCaseProducers {

    @Inject
    ServiceAssembly assembly;

    @Produces
    @ApplicationScoped
    ApplicantService applicants() {
        return assembly.services().applicants();
    }

    @Produces
    @ApplicationScoped
    LeaseService leases() {
        return assembly.services().leases();
    }

    @Produces
    @ApplicationScoped
    FilingService filing() {
        return assembly.services().filing();
    }

    @Produces
    @ApplicationScoped
    ApplicationReadService reading() {
        return assembly.services().reading();
    }

    @Produces
    @ApplicationScoped
    ReviewService review() {
        return assembly.services().review();
    }

    @Produces
    @ApplicationScoped
    BatchService batches() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    AllocationService allocation() {
        return assembly.services().allocation();
    }

    @Produces
    @ApplicationScoped
    BatchStepService batchSteps() {
        return assembly.services().batchSteps();
    }

    @Produces
    @ApplicationScoped
    SchedulerService scheduler() {
        return assembly.services().scheduler();
    }

    @Produces
    @ApplicationScoped
    QueryService queries() {
        return assembly.services().queries();
    }

    @Produces
    @ApplicationScoped
    MonitoringService monitoring() {
        return assembly.services().monitoring();
    }
}
