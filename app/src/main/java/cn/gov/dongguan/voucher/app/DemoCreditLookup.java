package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.application.port.out.CreditLookupPort;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The credit look-up port. No connection to 信用中国 exists on this network, so outside demo mode the
 * port answers "no look-up possible" and the record must come from the portal or a city officer
 * ({@code PUT /applicants/{uscc}/credit-record}); R-ELIG-4 fails until it does. In demo mode it
 * answers "on no list", dated the day asked.
 */
@ApplicationScoped
public class DemoCreditLookup implements CreditLookupPort {

    private boolean demo;

    @PostConstruct
    void configure() {
        demo = ConfigProvider.getConfig()
                .getOptionalValue("voucher.demo", Boolean.class)
                .orElse(false);
    }

    @Override
    public Optional<CreditRecord> lookUp(UnifiedSocialCreditCode uscc, LocalDate today) {
        return demo ? Optional.of(new CreditRecord(today, Set.of())) : Optional.empty();
    }
}
