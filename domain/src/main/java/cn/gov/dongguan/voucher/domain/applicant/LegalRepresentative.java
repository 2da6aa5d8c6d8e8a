package cn.gov.dongguan.voucher.domain.applicant;

import cn.gov.dongguan.voucher.domain.shared.EmailAddress;
import cn.gov.dongguan.voucher.domain.shared.MobileNumber;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.ResidentIdNumber;

/** 法定代表人: name, resident ID number, mobile and e-mail (e-mail optional). */
public record LegalRepresentative(String name, ResidentIdNumber idNumber, MobileNumber mobile, EmailAddress email) {

    public LegalRepresentative {
        name = Require.name(name, "legalRepresentative.name", 50);
        Require.present(idNumber, "legalRepresentative.idNumber");
        Require.present(mobile, "legalRepresentative.mobile");
    }
}
