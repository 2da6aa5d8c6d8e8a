package cn.gov.dongguan.voucher.domain.reference;

/** Who may apply (R-REF-2, R-ELIG-3). */
public enum ApplicantCategory {
    MANUFACTURING("制造企业", true),
    SOFTWARE_IT("软信企业", true),
    UNIVERSITY_OR_INSTITUTE("高校院所（含新型研发机构）", false);

    private final String nameZh;
    private final boolean enterprise;

    ApplicantCategory(String nameZh, boolean enterprise) {
        this.nameZh = nameZh;
        this.enterprise = enterprise;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Enterprises must also file financial statements (R-REF-6 item 8). */
    public boolean isEnterprise() {
        return enterprise;
    }
}
