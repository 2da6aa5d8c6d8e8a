package cn.gov.dongguan.voucher.domain.applicant;

import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The result of the credit look-ups (信用信息查询记录) and the day they were made — R-ELIG-4. */
public record CreditRecord(LocalDate checkedOn, Set<CreditList> listedOn) {

    public CreditRecord {
        Require.day(checkedOn, "checkedOn");
        listedOn = listedOn == null || listedOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(listedOn));
    }

    /** On none of the lists: not excluded from municipal fiscal funding. */
    public boolean isClean() {
        return listedOn.isEmpty();
    }
}
