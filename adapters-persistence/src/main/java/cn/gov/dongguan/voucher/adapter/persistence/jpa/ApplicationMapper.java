package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;
import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationContent;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.filing.Declarations;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.filing.Outcomes;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.ApplicationDomain;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.UsagePurpose;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/** Application ↔ {@link ApplicationJpaEntity} and its {@link ReviewRecordJpaEntity} rows. */
final class ApplicationMapper {

    private ApplicationMapper() {}

    /** One open application per applicant and batch: the key is set while open and cleared once ended (R-FLOW-8). */
    static String openKey(ApplicationState s) {
        return s.stage().isEnded()
                ? null
                : s.applicantUscc().value() + "|" + s.batch().value();
    }

    static void copy(ApplicationState s, ApplicationJpaEntity e) {
        e.id = s.id().toString();
        e.batchCode = s.batch().value();
        e.applicantUscc = s.applicantUscc().value();
        e.town = s.town().value();
        e.category = s.category().name();
        ApplicationContent c = s.content();
        e.projectName = c.projectName();
        e.purposes = Mapping.joined(c.purposes());
        e.purposeOther = c.purposeOther();
        e.domains = Mapping.joined(c.domains());
        e.domainOther = c.domainOther();
        e.outcomeModel = c.outcomes().modelIncubation();
        e.outcomeMajorProject = c.outcomes().majorProject();
        e.outcomeOther = c.outcomes().other();
        e.declaresPledge = c.declarations().authenticityPledge();
        e.declaresNoRelated = c.declarations().noRelatedParty();
        e.declaresNoFiscal = c.declarations().noOtherFiscalFunding();
        e.stage = s.stage().name();
        e.createdAt = utc(s.createdAt());
        e.updatedAt = utc(s.history().get(s.history().size() - 1).at());
        e.submittedAt = utc(s.submittedAt());
        e.completedAt = utc(s.completedAt());
        e.returnedAt = utc(s.returnedAt());
        e.returnDeadline = utc(s.returnDeadline());
        e.returnItems = Mapping.joinedInOrder(s.returnItems());
        e.verifiedAmount = amount(s.verifiedAmount());
        e.legalRepConfirmation = Mapping.name(s.legalRepConfirmation());
        e.originalsChecked = s.originalsChecked();
        e.paperDossierReceived = s.paperDossierReceived();
        e.allocatedAmount = amount(s.allocatedAmount());
        e.noticeEndsAt = utc(s.noticeEndsAt());
        e.approvedOn = s.approvedOn();
        e.approvalDocumentNo = s.approvalDocumentNo();
        e.bankReference = s.bankReference();
        e.paidOn = s.paidOn();
        e.flags = Mapping.joined(s.flags());
        e.openKey = openKey(s);
        List<String> orderNos =
                c.leaseOrderNos().stream().map(OrderNumber::value).toList();
        if (!orderNos.equals(e.leaseOrderNos)) {
            e.leaseOrderNos.clear();
            e.leaseOrderNos.addAll(orderNos);
        }
        e.materials.removeIf(row -> s.materials().stream().noneMatch(m -> same(m, row)));
        for (Material m : s.materials()) {
            if (e.materials.stream().noneMatch(row -> same(m, row))) {
                MaterialRow row = new MaterialRow();
                row.type = m.type().name();
                row.fileName = m.fileName();
                row.size = m.size();
                row.sha256 = m.sha256();
                row.uploadedAt = utc(m.uploadedAt());
                e.materials.add(row);
            }
        }
    }

    private static boolean same(Material m, MaterialRow row) {
        return m.type().name().equals(row.type)
                && m.sha256().equals(row.sha256)
                && m.fileName().equals(row.fileName)
                && m.size() == row.size
                && m.uploadedAt().equals(instant(row.uploadedAt));
    }

    /** The figures and the evaluation of a new row (a stored row's are written by a conditional update). */
    static void figures(ApplicationFigures figures, ApplicationJpaEntity e) {
        e.applicantName = figures.applicantName();
        e.eligibleExpense = figures.eligibleExpense().amount();
        e.subsidy = figures.subsidy().amount();
        e.evaluation = EvaluationCodec.encode(figures.evaluation());
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }

    static ReviewRecordJpaEntity record(String applicationId, ReviewRecord r) {
        ReviewRecordJpaEntity e = new ReviewRecordJpaEntity();
        e.applicationId = applicationId;
        e.seq = r.seq();
        e.at = utc(r.at());
        e.fromStage = Mapping.name(r.from());
        e.toStage = r.to().name();
        e.action = r.action().name();
        e.actorName = r.actorName();
        e.role = r.role().name();
        e.town = r.town() == null ? null : r.town().value();
        e.reason = r.reason();
        e.returnItems = Mapping.joinedInOrder(r.returnItems());
        e.note = r.note();
        e.previousHash = r.previousHash();
        e.hash = r.hash();
        return e;
    }

    static ReviewRecord record(ReviewRecordJpaEntity e) {
        return new ReviewRecord(
                e.seq,
                instant(e.at),
                e.fromStage == null ? null : ReviewStage.valueOf(e.fromStage),
                ReviewStage.valueOf(e.toStage),
                ReviewAction.valueOf(e.action),
                e.actorName,
                Role.valueOf(e.role),
                e.town == null ? null : TownCode.of(e.town),
                e.reason,
                Mapping.split(e.returnItems, MaterialType::valueOf),
                e.note,
                e.previousHash,
                e.hash);
    }

    static ApplicationState toState(ApplicationJpaEntity e, List<ReviewRecordJpaEntity> history) {
        ApplicationContent content = new ApplicationContent(
                e.projectName,
                e.leaseOrderNos.stream().map(OrderNumber::of).toList(),
                new HashSet<>(Mapping.split(e.purposes, UsagePurpose::valueOf)),
                e.purposeOther,
                new HashSet<>(Mapping.split(e.domains, ApplicationDomain::valueOf)),
                e.domainOther,
                new Outcomes(e.outcomeModel, e.outcomeMajorProject, e.outcomeOther),
                new Declarations(e.declaresPledge, e.declaresNoRelated, e.declaresNoFiscal));
        return new ApplicationState(
                ApplicationId.of(e.id),
                BatchCode.of(e.batchCode),
                UnifiedSocialCreditCode.of(e.applicantUscc),
                TownCode.of(e.town),
                ApplicantCategory.valueOf(e.category),
                content,
                ReviewStage.valueOf(e.stage),
                e.version,
                instant(e.createdAt),
                instant(e.submittedAt),
                instant(e.completedAt),
                instant(e.returnedAt),
                instant(e.returnDeadline),
                Mapping.split(e.returnItems, MaterialType::valueOf),
                e.materials.stream()
                        .map(m -> new Material(
                                MaterialType.valueOf(m.type), m.fileName, m.size, m.sha256, instant(m.uploadedAt)))
                        .toList(),
                money(e.verifiedAmount),
                e.legalRepConfirmation == null ? null : LegalRepConfirmation.valueOf(e.legalRepConfirmation),
                e.originalsChecked,
                e.paperDossierReceived,
                money(e.allocatedAmount),
                instant(e.noticeEndsAt),
                e.approvedOn,
                e.approvalDocumentNo,
                e.bankReference,
                e.paidOn,
                new HashSet<>(Mapping.split(e.flags, ApplicationFlag::valueOf)),
                history.stream().map(ApplicationMapper::record).toList());
    }
}
