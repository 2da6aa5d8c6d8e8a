package cn.gov.dongguan.voucher.domain.filing;

/**
 * The declarations of the form: the authenticity pledge of the legal representative (R-ELIG-7),
 * no related-party tie (R-ELIG-5), and no other fiscal funding for the same project (R-CALC-1).
 */
public record Declarations(boolean authenticityPledge, boolean noRelatedParty, boolean noOtherFiscalFunding) {

    public static final Declarations NONE = new Declarations(false, false, false);

    public boolean allGiven() {
        return authenticityPledge && noRelatedParty && noOtherFiscalFunding;
    }
}
