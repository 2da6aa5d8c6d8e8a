package cn.gov.dongguan.voucher.domain.reference;

/**
 * The materials of an application (申报材料, R-REF-6), in the order of the printed dossier. Items
 * 1–7 are always required, item 8 only for enterprises, item 9 is optional (R-FLOW-1).
 */
public enum MaterialType {
    APPLICATION_FORM("项目申报表"),
    LICENCE_ID_BANK("营业执照、法人身份证、银行开户许可证复印件"),
    SERVICE_PROOF("算力服务证明材料"),
    BENEFIT_ANALYSIS("实施效益分析"),
    CREDIT_RECORDS("信用信息查询记录"),
    CONTRACTS_PAYMENTS_INVOICES("采购合同、银行付款证明、发票"),
    AUTHENTICITY_PLEDGE("真实性承诺书"),
    FINANCIAL_STATEMENTS("上年度审计报告及最近一个月三表"),
    OTHER("其他证明材料");

    private final String nameZh;

    MaterialType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The item number on the dossier, 1 to 9. */
    public int item() {
        return ordinal() + 1;
    }

    /** Whether an applicant of the given category must file this material before submitting. */
    public boolean isRequiredFor(ApplicantCategory category) {
        return switch (this) {
            case FINANCIAL_STATEMENTS -> category.isEnterprise();
            case OTHER -> false;
            default -> true;
        };
    }
}
