package cn.gov.dongguan.voucher.domain.lease;

/** 平台自营 or a third-party provider's product on the platform. */
public enum ProductType {
    PLATFORM_OWN,
    THIRD_PARTY
}
