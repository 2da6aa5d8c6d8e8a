package cn.gov.dongguan.voucher.domain.reference;

/**
 * The lists of the credit look-ups (信用中国, R-REF-6 item 5) that exclude an applicant from
 * municipal fiscal funding (R-ELIG-4). The sixth look-up, the credit service itself, is no list.
 */
public enum CreditList {
    SERIOUS_DISHONESTY("严重失信主体名单"),
    ABNORMAL_OPERATION("经营异常名录"),
    DISHONEST_DEBTOR("失信被执行人"),
    MAJOR_TAX_VIOLATION("重大税收违法失信主体"),
    WORK_SAFETY_DISHONESTY("安全生产严重失信主体名单");

    private final String nameZh;

    CreditList(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
