package cn.gov.dongguan.voucher.domain;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.BankDetails;
import cn.gov.dongguan.voucher.domain.applicant.ContactPerson;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.applicant.LegalRepresentative;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.NoticeDefaults;
import cn.gov.dongguan.voucher.domain.filing.ApplicationContent;
import cn.gov.dongguan.voucher.domain.filing.Declarations;
import cn.gov.dongguan.voucher.domain.filing.Outcomes;
import cn.gov.dongguan.voucher.domain.lease.BillingMode;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceKind;
import cn.gov.dongguan.voucher.domain.lease.LeaseTerms;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.lease.PaymentMethod;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.lease.ProductType;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.ApplicationDomain;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.UsagePurpose;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.EmailAddress;
import cn.gov.dongguan.voucher.domain.shared.MobileNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ResidentIdNumber;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Valid objects of every kind, for tests of this module and of the modules above it. */
public final class DomainFixtures {

    public static final TownCode DONGCHENG = TownCode.of("DONGCHENG");
    public static final TownCode SONGSHANHU = TownCode.of("SONGSHANHU");
    public static final BankAccountNumber PROVIDER_ACCOUNT = BankAccountNumber.of("44050177000800001234");
    public static final BankAccountNumber APPLICANT_ACCOUNT = BankAccountNumber.of("6222020200112233445");

    private DomainFixtures() {}

    /** A valid code from its first 17 characters, with the check character computed. */
    public static UnifiedSocialCreditCode uscc(String first17) {
        return UnifiedSocialCreditCode.of(first17 + UnifiedSocialCreditCode.checkCharacterFor(first17));
    }

    /** The n-th enterprise registered in Dongguan (division 441900). */
    public static UnifiedSocialCreditCode dongguanEnterprise(int n) {
        return uscc("91441900" + String.format("%09d", n));
    }

    /** A provider registered in Shenzhen (division 440300). */
    public static UnifiedSocialCreditCode shenzhenProvider(int n) {
        return uscc("91440300" + String.format("%09d", n));
    }

    public static ResidentIdNumber idNumber() {
        String first17 = "44190019800101123";
        return ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacterFor(first17));
    }

    public static ApplicantProfile profile(TownCode town, ApplicantCategory category) {
        return new ApplicantProfile(
                "东莞市示例智能科技有限公司",
                category,
                town,
                "有限责任公司",
                "东莞市东城街道示例路1号",
                true,
                new LegalRepresentative(
                        "张三", idNumber(), MobileNumber.of("13800138000"), EmailAddress.of("zhang@example.cn")),
                new ContactPerson("李四", MobileNumber.of("13900139000"), EmailAddress.of("li@example.cn")),
                new BankDetails("东莞市示例智能科技有限公司", "中国工商银行东莞分行", APPLICANT_ACCOUNT),
                Set.of(),
                true);
    }

    /** An eligible manufacturer in Dongcheng with a clean credit look-up. */
    public static Applicant applicant(UnifiedSocialCreditCode uscc) {
        Applicant applicant = Applicant.register(uscc, profile(DONGCHENG, ApplicantCategory.MANUFACTURING));
        applicant.recordCreditCheck(new CreditRecord(LocalDate.of(2025, 11, 1), Set.of()));
        return applicant;
    }

    public static Provider provider() {
        return new Provider("某算力服务有限公司", shenzhenProvider(1), "招商银行深圳分行", PROVIDER_ACCOUNT);
    }

    public static LeaseTerms terms(UnifiedSocialCreditCode applicant) {
        return new LeaseTerms(
                applicant,
                "HT-2025-001",
                "昇腾AI加速型8卡专属实例推理910B4",
                ProductType.THIRD_PARTY,
                "NPU",
                BillingMode.SUBSCRIPTION,
                2,
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 4, 30),
                Money.of("500000.00"),
                true,
                provider(),
                true,
                false);
    }

    public static ComputeLease lease(String orderNo, UnifiedSocialCreditCode applicant) {
        return ComputeLease.place(OrderNumber.of(orderNo), terms(applicant));
    }

    /** A bank transfer to the provider's designated account. */
    public static Payment payment(String ref, String paidOn, String amount) {
        return new Payment(
                PaymentRef.of(ref),
                LocalDate.parse(paidOn),
                Money.of(amount),
                PaymentMethod.BANK_TRANSFER,
                APPLICANT_ACCOUNT,
                PROVIDER_ACCOUNT);
    }

    /** A fully digital invoice copy with a 20-digit number ending in {@code n}. */
    public static Invoice invoice(int n, String amount) {
        return new Invoice(
                InvoiceId.of(null, String.format("25442000000%09d", n)),
                LocalDate.of(2025, 6, 1),
                Money.of(amount),
                InvoiceCopy.INVOICE_COPY,
                InvoiceKind.NORMAL,
                shenzhenProvider(1));
    }

    public static Batch batch2025() {
        return NoticeDefaults.batch2025First(Money.of("30000000.00"));
    }

    public static ApplicationContent content(List<OrderNumber> leases) {
        return new ApplicationContent(
                "大模型训练算力租赁项目",
                leases,
                Set.of(UsagePurpose.TRAINING),
                null,
                Set.of(ApplicationDomain.NEXT_GEN_IT),
                null,
                Outcomes.NONE,
                new Declarations(true, true, true));
    }

    /** An instant in the programme's zone, e.g. {@code at("2025-11-20T10:00")}. */
    public static Instant at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + ":00+08:00").toInstant();
    }
}
