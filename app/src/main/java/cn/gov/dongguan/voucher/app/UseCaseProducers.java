package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.application.port.in.RegisterApplicantUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetApplicantUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordCreditCheckUseCase;
import cn.gov.dongguan.voucher.application.port.in.LiftDisqualificationUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertLeaseUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertPaymentUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertInvoiceUseCase;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase;
import cn.gov.dongguan.voucher.application.port.in.CreateApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetCalculationUseCase;
import cn.gov.dongguan.voucher.application.port.in.AttachMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.SubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ResubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.WithdrawApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.in.DefineBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.ChangeBatchPolicyUseCase;
import cn.gov.dongguan.voucher.application.port.in.SimulateAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.CommitAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.PublishNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReportPlanUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordApprovalUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetPublicNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.FileObjectionUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExpireReturnedApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.EndNoticePeriodsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.DashboardUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReadChangeFeedUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListAuditLogUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExportBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationEvidenceUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListTownsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ManageTownsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Makes every use case injectable by its inbound port, for the REST resources and the UI beans. Each
 * is an application-scoped bean, so what is injected is a (serialisable) client proxy: the UI's
 * view- and session-scoped beans may hold use cases without breaking passivation rules.
 */
@ApplicationScoped
public class UseCaseProducers {

    @Inject
    ServiceAssembly assembly;

    @Produces
    @ApplicationScoped
    RegisterApplicantUseCase registerApplicant() {
        return assembly.services().applicants();
    }

    @Produces
    @ApplicationScoped
    GetApplicantUseCase getApplicant() {
        return assembly.services().applicants();
    }

    @Produces
    @ApplicationScoped
    RecordCreditCheckUseCase recordCreditCheck() {
        return assembly.services().applicants();
    }

    @Produces
    @ApplicationScoped
    LiftDisqualificationUseCase liftDisqualification() {
        return assembly.services().applicants();
    }

    @Produces
    @ApplicationScoped
    UpsertLeaseUseCase upsertLease() {
        return assembly.services().leases();
    }

    @Produces
    @ApplicationScoped
    UpsertPaymentUseCase upsertPayment() {
        return assembly.services().leases();
    }

    @Produces
    @ApplicationScoped
    UpsertInvoiceUseCase upsertInvoice() {
        return assembly.services().leases();
    }

    @Produces
    @ApplicationScoped
    IngestUsageRecordsUseCase ingestUsageRecords() {
        return assembly.services().leases();
    }

    @Produces
    @ApplicationScoped
    CreateApplicationUseCase createApplication() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    GetApplicationUseCase getApplication() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    GetCalculationUseCase getCalculation() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    AttachMaterialUseCase attachMaterial() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    DownloadMaterialUseCase downloadMaterial() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    SubmitApplicationUseCase submitApplication() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    ResubmitApplicationUseCase resubmitApplication() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    WithdrawApplicationUseCase withdrawApplication() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    ReviewApplicationUseCase reviewApplication() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    GetBatchUseCase getBatch() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    ListBatchesUseCase listBatches() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    DefineBatchUseCase defineBatch() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    ChangeBatchPolicyUseCase changeBatchPolicy() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    SimulateAllocationUseCase simulateAllocation() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    CommitAllocationUseCase commitAllocation() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    PublishNoticeUseCase publishNotice() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    ReportPlanUseCase reportPlan() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    RecordApprovalUseCase recordApproval() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    GetPublicNoticeUseCase getPublicNotice() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    FileObjectionUseCase fileObjection() {
        return assembly.services().batches();
    }

    @Produces
    @ApplicationScoped
    ExpireReturnedApplicationsUseCase expireReturnedApplications() {
        return assembly.services().scheduler();
    }

    @Produces
    @ApplicationScoped
    EndNoticePeriodsUseCase endNoticePeriods() {
        return assembly.services().scheduler();
    }

    @Produces
    @ApplicationScoped
    ListApplicationsUseCase listApplications() {
        return assembly.services().queries();
    }

    @Produces
    @ApplicationScoped
    DashboardUseCase dashboard() {
        return assembly.services().queries();
    }

    @Produces
    @ApplicationScoped
    ReadChangeFeedUseCase readChangeFeed() {
        return assembly.services().queries();
    }

    @Produces
    @ApplicationScoped
    ListAuditLogUseCase listAuditLog() {
        return assembly.services().queries();
    }

    @Produces
    @ApplicationScoped
    ExportBatchUseCase exportBatch() {
        return assembly.services().queries();
    }

    @Produces
    @ApplicationScoped
    GetApplicationEvidenceUseCase getApplicationEvidence() {
        return assembly.services().applications();
    }

    @Produces
    @ApplicationScoped
    ListTownsUseCase listTowns() {
        return assembly.services().applicants();
    }

    @Produces
    @ApplicationScoped
    ManageTownsUseCase manageTowns() {
        return assembly.services().applicants();
    }
}
