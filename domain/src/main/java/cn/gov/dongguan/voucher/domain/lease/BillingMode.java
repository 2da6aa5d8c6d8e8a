package cn.gov.dongguan.voucher.domain.lease;

/** 包年包月 (subscription) or 按需 (pay as you go). */
public enum BillingMode {
    SUBSCRIPTION,
    PAY_AS_YOU_GO
}
