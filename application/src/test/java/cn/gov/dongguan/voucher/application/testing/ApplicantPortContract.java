package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link ApplicantPort} does. */
public abstract class ApplicantPortContract extends PortContract {

    protected abstract ApplicantPort repository();

    @Test
    void a_saved_applicant_is_found_with_everything_it_holds() {
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(101);
        ApplicantProfile p = DomainFixtures.profile(DomainFixtures.DONGCHENG, ApplicantCategory.SOFTWARE_IT);
        ApplicantProfile withTies = new ApplicantProfile(
                p.name(),
                p.category(),
                p.town(),
                p.registrationType(),
                p.address(),
                p.legalPerson(),
                p.legalRepresentative(),
                p.contact(),
                p.bank(),
                Set.of(DomainFixtures.shenzhenProvider(5), DomainFixtures.shenzhenProvider(6)),
                false);
        Applicant applicant = Applicant.register(uscc, withTies);
        applicant.recordCreditCheck(new CreditRecord(
                LocalDate.of(2025, 11, 2), Set.of(CreditList.ABNORMAL_OPERATION, CreditList.DISHONEST_DEBTOR)));
        applicant.disqualify(Instant.parse("2025-11-20T02:00:00Z"), "伪造发票", "city");
        applicant.liftDisqualification(Instant.parse("2025-11-21T02:00:00Z"), "复核撤销", "city");
        applicant.disqualify(Instant.parse("2025-11-22T02:00:00Z"), "再次伪造", "city");
        tx(() -> repository().save(applicant));

        Applicant found = tx(() -> repository().find(uscc)).orElseThrow();
        assertThat(found.profile()).isEqualTo(withTies);
        assertThat(found.profile().name()).isEqualTo("东莞市示例智能科技有限公司");
        assertThat(found.creditRecord()).isEqualTo(applicant.creditRecord());
        assertThat(found.disqualifications()).isEqualTo(applicant.disqualifications());
        assertThat(found.isDisqualified()).isTrue();
        // R-FLOW-6: the list asks which of a page's applicants are disqualified, in one question
        UnifiedSocialCreditCode clean = DomainFixtures.dongguanEnterprise(103);
        tx(() -> repository().save(DomainFixtures.applicant(clean)));
        assertThat(tx(() ->
                        repository().disqualifiedAmong(List.of(uscc, clean, DomainFixtures.dongguanEnterprise(104)))))
                .containsExactly(uscc);
        assertThat(tx(() -> repository().disqualifiedAmong(List.of()))).isEmpty();
        applicant.liftDisqualification(Instant.parse("2025-11-23T02:00:00Z"), "再次复核撤销", "city");
        tx(() -> repository().save(applicant));
        assertThat(tx(() -> repository().disqualifiedAmong(List.of(uscc, clean))))
                .isEmpty();
    }

    @Test
    void saving_again_replaces_and_unknown_codes_are_empty() {
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(102);
        Applicant applicant = DomainFixtures.applicant(uscc);
        tx(() -> repository().save(applicant));
        applicant.update(DomainFixtures.profile(DomainFixtures.SONGSHANHU, ApplicantCategory.MANUFACTURING));
        applicant.recordCreditCheck(new CreditRecord(LocalDate.of(2025, 11, 5), Set.of()));
        tx(() -> repository().save(applicant));
        Applicant found = tx(() -> repository().find(uscc)).orElseThrow();
        assertThat(found.profile().town()).isEqualTo(DomainFixtures.SONGSHANHU);
        assertThat(found.creditRecord().orElseThrow().checkedOn()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(tx(() -> repository().find(DomainFixtures.dongguanEnterprise(999_999))))
                .isEmpty();
    }

    @Test
    void find_all_returns_only_those_registered() {
        tx(() -> repository().save(DomainFixtures.applicant(DomainFixtures.dongguanEnterprise(103))));
        tx(() -> repository().save(DomainFixtures.applicant(DomainFixtures.dongguanEnterprise(104))));
        List<Applicant> found = tx(() -> repository()
                .findAll(List.of(
                        DomainFixtures.dongguanEnterprise(103),
                        DomainFixtures.dongguanEnterprise(104),
                        DomainFixtures.dongguanEnterprise(105))));
        assertThat(found)
                .extracting(Applicant::uscc)
                .containsExactlyInAnyOrder(
                        DomainFixtures.dongguanEnterprise(103), DomainFixtures.dongguanEnterprise(104));
    }
}
