package cn.gov.dongguan.voucher.adapter.rest.dto;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.List;

/** An applicant as the API shows it: ID number, mobiles and account number masked (R-ID-3). */
public record ApplicantResponse(
        String uscc,
        String name,
        String category,
        String town,
        String registrationType,
        String address,
        boolean legalPerson,
        Person legalRepresentative,
        Person contact,
        Bank bank,
        List<String> relatedParties,
        boolean declaresNoRelatedParty,
        CreditRecord creditRecord,
        boolean disqualified,
        Disqualification disqualification) {

    /** The disqualification in force (R-FLOW-6): since when, why, by which application. */
    public record Disqualification(String since, String reason, String applicationId) {}

    /** A person, personal data masked. */
    public record Person(String name, String idNumber, String mobile, String email) {}

    /** The bank account, number masked. */
    public record Bank(String accountName, String bankName, String accountNumber) {}

    /** The latest credit look-up. */
    public record CreditRecord(String checkedOn, List<String> listedOn) {}

    public static ApplicantResponse from(Applicant a) {
        ApplicantProfile p = a.profile();
        var lr = p.legalRepresentative();
        return new ApplicantResponse(
                a.uscc().value(),
                p.name(),
                p.category().name(),
                p.town().value(),
                p.registrationType(),
                p.address(),
                p.legalPerson(),
                new Person(
                        lr.name(),
                        lr.idNumber().masked(),
                        lr.mobile().masked(),
                        lr.email() == null ? null : lr.email().value()),
                new Person(
                        p.contact().name(),
                        null,
                        p.contact().mobile().masked(),
                        p.contact().email() == null ? null : p.contact().email().value()),
                new Bank(
                        p.bank().accountName(),
                        p.bank().bankName(),
                        p.bank().accountNumber().masked()),
                p.relatedParties().stream()
                        .map(UnifiedSocialCreditCode::value)
                        .sorted()
                        .toList(),
                p.declaresNoRelatedParty(),
                a.creditRecord()
                        .map(r -> new CreditRecord(
                                Wire.date(r.checkedOn()),
                                r.listedOn().stream().map(Enum::name).sorted().toList()))
                        .orElse(null),
                a.isDisqualified(),
                a.disqualification()
                        .map(d -> new Disqualification(
                                Wire.instant(d.since()),
                                d.reason(),
                                d.applicationId() == null
                                        ? null
                                        : d.applicationId().toString()))
                        .orElse(null));
    }
}
