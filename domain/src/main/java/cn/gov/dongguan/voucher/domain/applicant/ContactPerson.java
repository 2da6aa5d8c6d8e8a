package cn.gov.dongguan.voucher.domain.applicant;

import cn.gov.dongguan.voucher.domain.shared.EmailAddress;
import cn.gov.dongguan.voucher.domain.shared.MobileNumber;
import cn.gov.dongguan.voucher.domain.shared.Require;

/** 联系人: who the bureau calls about the application (e-mail optional). */
public record ContactPerson(String name, MobileNumber mobile, EmailAddress email) {

    public ContactPerson {
        name = Require.name(name, "contact.name", 50);
        Require.present(mobile, "contact.mobile");
    }
}
