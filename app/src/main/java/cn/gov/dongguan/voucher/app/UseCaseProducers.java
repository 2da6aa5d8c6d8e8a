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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Makes every use case injectable by its inbound port, for the REST resources and the UI beans. */
@ApplicationScoped
public class UseCaseProducers {

    @Inject
    ServiceAssembly assembly;

    @Produces
    RegisterApplicantUseCase registerApplicant() {
        return assembly.services().applicants();
    }

    @Produces
    GetApplicantUseCase getApplicant() {
        return assembly.services().applicants();
    }

    @Produces
    RecordCreditCheckUseCase recordCreditCheck() {
        return assembly.services().applicants();
    }

    @Produces
    LiftDisqualificationUseCase liftDisqualification() {
        return assembly.services().applicants();
    }

    @Produces
    UpsertLeaseUseCase upsertLease() {
        return assembly.services().leases();
    }

    @Produces
    UpsertPaymentUseCase upsertPayment() {
        return assembly.services().leases();
    }

    @Produces
    UpsertInvoiceUseCase upsertInvoice() {
        return assembly.services().leases();
    }

    @Produces
    IngestUsageRecordsUseCase ingestUsageRecords() {
        return assembly.services().leases();
    }

    @Produces
    CreateApplicationUseCase createApplication() {
        return assembly.services().applications();
    }

    @Produces
    GetApplicationUseCase getApplication() {
        return assembly.services().applications();
    }

    @Produces
    GetCalculationUseCase getCalculation() {
        return assembly.services().applications();
    }

    @Produces
    AttachMaterialUseCase attachMaterial() {
        return assembly.services().applications();
    }

    @Produces
    DownloadMaterialUseCase downloadMaterial() {
        return assembly.services().applications();
    }

    @Produces
    SubmitApplicationUseCase submitApplication() {
        return assembly.services().applications();
    }

    @Produces
    ResubmitApplicationUseCase resubmitApplication() {
        return assembly.services().applications();
    }

    @Produces
    WithdrawApplicationUseCase withdrawApplication() {
        return assembly.services().applications();
    }

    @Produces
    ReviewApplicationUseCase reviewApplication() {
        return assembly.services().applications();
    }

    @Produces
    GetBatchUseCase getBatch() {
        return assembly.services().batches();
    }

    @Produces
    ListBatchesUseCase listBatches() {
        return assembly.services().batches();
    }

    @Produces
    DefineBatchUseCase defineBatch() {
        return assembly.services().batches();
    }

    @Produces
    ChangeBatchPolicyUseCase changeBatchPolicy() {
        return assembly.services().batches();
    }

    @Produces
    SimulateAllocationUseCase simulateAllocation() {
        return assembly.services().batches();
    }

    @Produces
    CommitAllocationUseCase commitAllocation() {
        return assembly.services().batches();
    }

    @Produces
    PublishNoticeUseCase publishNotice() {
        return assembly.services().batches();
    }

    @Produces
    ReportPlanUseCase reportPlan() {
        return assembly.services().batches();
    }

    @Produces
    RecordApprovalUseCase recordApproval() {
        return assembly.services().batches();
    }

    @Produces
    GetPublicNoticeUseCase getPublicNotice() {
        return assembly.services().batches();
    }

    @Produces
    FileObjectionUseCase fileObjection() {
        return assembly.services().batches();
    }

    @Produces
    ExpireReturnedApplicationsUseCase expireReturnedApplications() {
        return assembly.services().scheduler();
    }

    @Produces
    EndNoticePeriodsUseCase endNoticePeriods() {
        return assembly.services().scheduler();
    }

    @Produces
    ListApplicationsUseCase listApplications() {
        return assembly.services().queries();
    }

    @Produces
    DashboardUseCase dashboard() {
        return assembly.services().queries();
    }

    @Produces
    ReadChangeFeedUseCase readChangeFeed() {
        return assembly.services().queries();
    }

    @Produces
    ListAuditLogUseCase listAuditLog() {
        return assembly.services().queries();
    }

    @Produces
    ExportBatchUseCase exportBatch() {
        return assembly.services().queries();
    }

    @Produces
    GetApplicationEvidenceUseCase getApplicationEvidence() {
        return assembly.services().applications();
    }

    @Produces
    ListTownsUseCase listTowns() {
        return assembly.services().applicants();
    }
}
