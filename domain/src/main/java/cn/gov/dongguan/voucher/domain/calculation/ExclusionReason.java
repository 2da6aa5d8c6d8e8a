package cn.gov.dongguan.voucher.domain.calculation;

/**
 * Why a payment or invoice does not count (R-CALC-1..3). Where several apply, the first in the
 * order of R-CALC-8 is reported: {@link #PAYMENT_ORDER} and {@link #INVOICE_ORDER}.
 */
public enum ExclusionReason {
    NOT_PLATFORM_CONFIRMED("租赁未经平台确认（无平台运营方盖章）"),
    OTHER_FISCAL_FUNDING("已获得其他财政资金资助"),
    ALREADY_SUBSIDISED("已在此前批次获得资助"),
    OUTSIDE_WINDOW("支付日期不在核算范围内"),
    NOT_BANK_TRANSFER("非银行转账支付"),
    WRONG_PAYEE_ACCOUNT("收款账户非合同指定账户"),
    DUPLICATE_INVOICE("发票已被其他申请使用"),
    DEDUCTION_COPY("抵扣联不予认可");

    private final String descriptionZh;

    ExclusionReason(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String descriptionZh() {
        return descriptionZh;
    }
}
