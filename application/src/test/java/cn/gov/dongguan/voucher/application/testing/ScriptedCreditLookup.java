package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.CreditLookupPort;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A credit registry whose answers a test decides; unknown codes are clean, unreachable ones give nothing. */
public final class ScriptedCreditLookup implements CreditLookupPort {

    private final Map<UnifiedSocialCreditCode, Set<CreditList>> listings = new ConcurrentHashMap<>();
    private volatile boolean reachable = true;

    public void list(UnifiedSocialCreditCode uscc, CreditList... lists) {
        listings.put(uscc, Set.of(lists));
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    @Override
    public Optional<CreditRecord> lookUp(UnifiedSocialCreditCode uscc, LocalDate today) {
        if (!reachable) {
            return Optional.empty();
        }
        return Optional.of(new CreditRecord(today, listings.getOrDefault(uscc, Set.of())));
    }
}
