package cn.gov.dongguan.voucher.domain.applicant;

import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.Set;

/**
 * What the portal registers about an applicant unit (the form's 申报单位基本信息). Two equal
 * profiles are the same registration, which makes the portal's PUT idempotent.
 *
 * @param registrationType 登记注册类型 as free text (e.g. 有限责任公司)
 * @param legalPerson the applicant declares it is an independent legal person (R-ELIG-2)
 * @param relatedParties units with an investment, affiliation, co-construction or property tie (R-ELIG-5)
 * @param declaresNoRelatedParty the applicant declares no tie with the platform operator or its providers
 */
public record ApplicantProfile(
        String name,
        ApplicantCategory category,
        TownCode town,
        String registrationType,
        String address,
        boolean legalPerson,
        LegalRepresentative legalRepresentative,
        ContactPerson contact,
        BankDetails bank,
        Set<UnifiedSocialCreditCode> relatedParties,
        boolean declaresNoRelatedParty) {

    public ApplicantProfile {
        name = Require.name(name, "name", 200);
        Require.present(category, "category");
        Require.present(town, "town");
        registrationType = Require.optionalText(registrationType, "registrationType", 100);
        address = Require.optionalText(address, "address", 300);
        Require.present(legalRepresentative, "legalRepresentative");
        Require.present(contact, "contact");
        Require.present(bank, "bank");
        relatedParties =
                Set.copyOf(Require.noNulls(relatedParties == null ? Set.of() : relatedParties, "relatedParties"));
    }
}
