package cn.gov.dongguan.voucher.domain.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The applicant: idempotent registration, credit look-ups (R-ELIG-4), disqualification (R-FLOW-6). */
class ApplicantTest {

    private final Applicant applicant = DomainFixtures.applicant(DomainFixtures.dongguanEnterprise(1));

    @Test
    void the_same_profile_again_changes_nothing() {
        assertThat(applicant.update(DomainFixtures.profile(DomainFixtures.DONGCHENG, ApplicantCategory.MANUFACTURING)))
                .isFalse();
        assertThat(applicant.update(DomainFixtures.profile(DomainFixtures.SONGSHANHU, ApplicantCategory.MANUFACTURING)))
                .isTrue();
    }

    @Test
    @Tag("R-ELIG-4")
    void r_elig_4_an_older_credit_look_up_does_not_replace_a_newer_one() {
        assertThatThrownBy(() -> applicant.recordCreditCheck(new CreditRecord(LocalDate.of(2025, 10, 1), Set.of())))
                .isInstanceOf(ConflictException.class);
        assertThat(applicant.creditRecord().orElseThrow().checkedOn()).isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    @Tag("R-FLOW-6")
    void r_flow_6_serious_fraud_disqualifies_until_the_city_lifts_it_with_a_reason() {
        Instant t = Instant.parse("2025-11-20T02:00:00Z");
        applicant.disqualify(t, "伪造发票", "city");
        assertThat(applicant.isDisqualified()).isTrue();
        assertThatThrownBy(() -> applicant.liftDisqualification(t.plusSeconds(3600), " ", "city"))
                .isInstanceOf(ValidationException.class);
        assertThat(applicant.isDisqualified()).isTrue();
        applicant.liftDisqualification(t.plusSeconds(3600), "复核后撤销", "city");
        assertThat(applicant.isDisqualified()).isFalse();
        assertThat(applicant.disqualifications()).singleElement().satisfies(d -> assertThat(d.liftReason())
                .isEqualTo("复核后撤销"));
        assertThatThrownBy(() -> applicant.liftDisqualification(t, "again", "city"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_profile_without_its_required_parts_cannot_be_built() {
        ApplicantProfile p = DomainFixtures.profile(DomainFixtures.DONGCHENG, ApplicantCategory.MANUFACTURING);
        assertThatThrownBy(() -> new ApplicantProfile(
                        " ",
                        p.category(),
                        p.town(),
                        null,
                        null,
                        true,
                        p.legalRepresentative(),
                        p.contact(),
                        p.bank(),
                        Set.of(),
                        true))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ApplicantProfile(
                        "名称",
                        null,
                        p.town(),
                        null,
                        null,
                        true,
                        p.legalRepresentative(),
                        p.contact(),
                        p.bank(),
                        Set.of(),
                        true))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ApplicantProfile(
                        "名称\u0000",
                        p.category(),
                        p.town(),
                        null,
                        null,
                        true,
                        p.legalRepresentative(),
                        p.contact(),
                        p.bank(),
                        Set.of(),
                        true))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void names_with_markup_or_expression_syntax_are_refused() {
        ApplicantProfile p = DomainFixtures.profile(DomainFixtures.DONGCHENG, ApplicantCategory.MANUFACTURING);
        for (String bad : new String[] {"<script>alert(1)</script>", "#{facesContext}", "${applicationScope}", "A>B"}) {
            assertThatThrownBy(() -> new ApplicantProfile(
                            bad,
                            p.category(),
                            p.town(),
                            null,
                            null,
                            true,
                            p.legalRepresentative(),
                            p.contact(),
                            p.bank(),
                            Set.of(),
                            true))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("must not contain");
        }
        assertThat(new ApplicantProfile(
                                "东莞市（松山湖）A&B科技有限公司",
                                p.category(),
                                p.town(),
                                null,
                                null,
                                true,
                                p.legalRepresentative(),
                                p.contact(),
                                p.bank(),
                                Set.of(),
                                true)
                        .name())
                .contains("A&B");
    }
}
