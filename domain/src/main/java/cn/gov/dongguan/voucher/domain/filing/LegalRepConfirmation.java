package cn.gov.dongguan.voucher.domain.filing;

/** How the legal representative confirmed the verified amount at final review (R-FLOW-5, guide §六(三)). */
public enum LegalRepConfirmation {
    SIGNATURE,
    POWER_OF_ATTORNEY
}
