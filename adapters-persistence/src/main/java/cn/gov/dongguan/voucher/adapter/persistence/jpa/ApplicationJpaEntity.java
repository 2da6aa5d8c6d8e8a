package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "application")
class ApplicationJpaEntity {
    @Id
    @Column(name = "id")
    String id;

    @Column(name = "batch_code")
    String batchCode;

    @Column(name = "applicant_uscc")
    String applicantUscc;

    @Column(name = "town")
    String town;

    @Column(name = "category")
    String category;

    @Column(name = "project_name")
    String projectName;

    @Column(name = "purposes")
    String purposes;

    @Column(name = "purpose_other")
    String purposeOther;

    @Column(name = "domains")
    String domains;

    @Column(name = "domain_other")
    String domainOther;

    @Column(name = "outcome_model")
    String outcomeModel;

    @Column(name = "outcome_major_project")
    String outcomeMajorProject;

    @Column(name = "outcome_other")
    String outcomeOther;

    @Column(name = "declares_pledge")
    boolean declaresPledge;

    @Column(name = "declares_no_related")
    boolean declaresNoRelated;

    @Column(name = "declares_no_fiscal")
    boolean declaresNoFiscal;

    @Column(name = "stage")
    String stage;

    @Version
    @Column(name = "version")
    long version;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    OffsetDateTime submittedAt;

    @Column(name = "completed_at")
    OffsetDateTime completedAt;

    @Column(name = "returned_at")
    OffsetDateTime returnedAt;

    @Column(name = "return_deadline")
    OffsetDateTime returnDeadline;

    @Column(name = "return_items")
    String returnItems;

    @Column(name = "verified_amount")
    BigDecimal verifiedAmount;

    @Column(name = "legal_rep_confirmation")
    String legalRepConfirmation;

    @Column(name = "originals_checked")
    boolean originalsChecked;

    @Column(name = "paper_dossier_received")
    boolean paperDossierReceived;

    @Column(name = "allocated_amount")
    BigDecimal allocatedAmount;

    @Column(name = "notice_ends_at")
    OffsetDateTime noticeEndsAt;

    @Column(name = "approved_on")
    LocalDate approvedOn;

    @Column(name = "approval_document_no")
    String approvalDocumentNo;

    @Column(name = "bank_reference")
    String bankReference;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Column(name = "flags")
    String flags;

    // the figures and the evaluation are written with the entity only when it is inserted; later by
    // JpaApplicationRepository's conditional update (a change committed meanwhile must not be overwritten)
    @Column(name = "applicant_name", updatable = false)
    String applicantName;

    @Column(name = "eligible_expense", updatable = false)
    BigDecimal eligibleExpense;

    @Column(name = "subsidy", updatable = false)
    BigDecimal subsidy;

    @Column(name = "evaluation", updatable = false)
    String evaluation;

    @Column(name = "eval_gen", insertable = false, updatable = false)
    long evalGen;

    @Column(name = "open_key")
    String openKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_lease", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "order_no")
    List<String> leaseOrderNos = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_material", joinColumns = @JoinColumn(name = "application_id"))
    List<MaterialRow> materials = new ArrayList<>();
}
