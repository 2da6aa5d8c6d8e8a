package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;
import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.BankDetails;
import cn.gov.dongguan.voucher.domain.applicant.ContactPerson;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.applicant.Disqualification;
import cn.gov.dongguan.voucher.domain.applicant.LegalRepresentative;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.EmailAddress;
import cn.gov.dongguan.voucher.domain.shared.MobileNumber;
import cn.gov.dongguan.voucher.domain.shared.ResidentIdNumber;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.HashSet;
import java.util.stream.Collectors;

/** Applicant ↔ {@link ApplicantJpaEntity}. */
final class ApplicantMapper {

    private ApplicantMapper() {}

    static void copy(Applicant a, ApplicantJpaEntity e) {
        ApplicantProfile p = a.profile();
        e.uscc = a.uscc().value();
        e.name = p.name();
        e.category = p.category().name();
        e.town = p.town().value();
        e.registrationType = p.registrationType();
        e.address = p.address();
        e.legalPerson = p.legalPerson();
        e.legalRepName = p.legalRepresentative().name();
        e.legalRepIdNumber = p.legalRepresentative().idNumber().value();
        e.legalRepMobile = p.legalRepresentative().mobile().value();
        e.legalRepEmail = p.legalRepresentative().email() == null
                ? null
                : p.legalRepresentative().email().value();
        e.contactName = p.contact().name();
        e.contactMobile = p.contact().mobile().value();
        e.contactEmail =
                p.contact().email() == null ? null : p.contact().email().value();
        e.bankAccountName = p.bank().accountName();
        e.bankName = p.bank().bankName();
        e.bankAccountNumber = p.bank().accountNumber().value();
        e.declaresNoRelatedParty = p.declaresNoRelatedParty();
        e.relatedParties.clear();
        e.relatedParties.addAll(
                p.relatedParties().stream().map(UnifiedSocialCreditCode::value).toList());
        e.creditCheckedOn = a.creditRecord().map(CreditRecord::checkedOn).orElse(null);
        e.creditListedOn =
                a.creditRecord().map(r -> Mapping.joined(r.listedOn())).orElse(null);
        e.disqualifications.clear();
        for (Disqualification d : a.disqualifications()) {
            DisqualificationRow row = new DisqualificationRow();
            row.since = utc(d.since());
            row.reason = d.reason();
            row.imposedBy = d.by();
            row.applicationId =
                    d.applicationId() == null ? null : d.applicationId().toString();
            row.liftedAt = utc(d.liftedAt());
            row.liftReason = d.liftReason();
            row.liftedBy = d.liftedBy();
            e.disqualifications.add(row);
        }
    }

    static Applicant toDomain(ApplicantJpaEntity e) {
        ApplicantProfile profile = new ApplicantProfile(
                e.name,
                ApplicantCategory.valueOf(e.category),
                TownCode.of(e.town),
                e.registrationType,
                e.address,
                e.legalPerson,
                new LegalRepresentative(
                        e.legalRepName,
                        ResidentIdNumber.of(e.legalRepIdNumber),
                        MobileNumber.of(e.legalRepMobile),
                        e.legalRepEmail == null ? null : EmailAddress.of(e.legalRepEmail)),
                new ContactPerson(
                        e.contactName,
                        MobileNumber.of(e.contactMobile),
                        e.contactEmail == null ? null : EmailAddress.of(e.contactEmail)),
                new BankDetails(e.bankAccountName, e.bankName, BankAccountNumber.of(e.bankAccountNumber)),
                e.relatedParties.stream()
                        .map(UnifiedSocialCreditCode::of)
                        .collect(Collectors.toCollection(HashSet::new)),
                e.declaresNoRelatedParty);
        CreditRecord credit = e.creditCheckedOn == null
                ? null
                : new CreditRecord(
                        e.creditCheckedOn, new HashSet<>(Mapping.split(e.creditListedOn, CreditList::valueOf)));
        return new Applicant(
                UnifiedSocialCreditCode.of(e.uscc),
                profile,
                credit,
                e.disqualifications.stream()
                        .map(r -> new Disqualification(
                                instant(r.since),
                                r.reason,
                                r.imposedBy,
                                r.applicationId == null ? null : java.util.UUID.fromString(r.applicationId),
                                instant(r.liftedAt),
                                r.liftReason,
                                r.liftedBy))
                        .toList());
    }
}
