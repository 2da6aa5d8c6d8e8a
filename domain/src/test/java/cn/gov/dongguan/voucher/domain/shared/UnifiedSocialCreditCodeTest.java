package cn.gov.dongguan.voucher.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-ID-1: the unified social credit code, its check character and its parts. */
class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91440300708461136T", "91350100M000100Y43"})
    @Tag("R-ID-1")
    void r_id_1_known_valid_codes_are_accepted(String code) {
        assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
    }

    @Test
    @Tag("R-ID-1")
    void r_id_1_lower_case_is_normalised_and_blanks_trimmed() {
        assertThat(UnifiedSocialCreditCode.of("  91440300708461136t ").value()).isEqualTo("91440300708461136T");
    }

    @Test
    @Tag("R-ID-1")
    void r_id_1_a_wrong_check_character_is_refused() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91440300708461136U"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo("USCC_CHECK");
                            assertThat(v.rule()).isEqualTo("R-ID-1");
                        }));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "9144030070846113",
                "91440300708461136TT",
                "9144030070846113IT",
                "914403007084611O6T",
                "91440300708461S36T",
                "9144030V708461136T",
                "Z1440300708461136T",
                "9144 300708461136T"
            })
    void r_id_1_wrong_length_or_characters_outside_the_alphabet_are_refused(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(code)).isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-1")
    void r_id_1_null_is_refused() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-1")
    void r_id_1_check_character_31_becomes_0() {
        // Search a body whose weighted sum is a multiple of 31: its check character must be '0'.
        for (int n = 0; n < 10_000; n++) {
            String body = "91441900" + String.format("%09d", n);
            int sum = 0;
            int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            for (int i = 0; i < 17; i++) {
                sum += UnifiedSocialCreditCode.ALPHABET.indexOf(body.charAt(i)) * weights[i];
            }
            if (sum % 31 == 0) {
                assertThat(UnifiedSocialCreditCode.checkCharacterFor(body)).isEqualTo('0');
                assertThat(UnifiedSocialCreditCode.of(body + "0").value()).endsWith("0");
                return;
            }
        }
        throw new AssertionError("no body with sum ≡ 0 (mod 31) found");
    }

    @Test
    @Tag("R-ID-1")
    void r_id_1_parts_are_read_from_their_positions() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91440300708461136T");
        assertThat(code.registeringAuthority()).isEqualTo('9');
        assertThat(code.kindOfBody()).isEqualTo('1');
        assertThat(code.divisionCode()).isEqualTo("440300");
        assertThat(code.organisationCode()).isEqualTo("708461136");
        assertThat(code.isRegisteredInDongguan()).isFalse();
        assertThat(DomainFixtures.dongguanEnterprise(7).isRegisteredInDongguan())
                .isTrue();
    }

    @Test
    @Tag("R-ID-1")
    void r_id_1_an_individual_business_starts_with_92() {
        assertThat(DomainFixtures.uscc("92441900MA4W00001").isIndividualBusiness())
                .isTrue();
        assertThat(DomainFixtures.dongguanEnterprise(1).isIndividualBusiness()).isFalse();
    }

    @Property
    @net.jqwik.api.Tag("R-ID-1")
    void r_id_1_every_body_with_its_computed_check_character_is_valid_and_any_other_is_not(
            @ForAll
                    @StringLength(17)
                    @Chars({
                        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J',
                        'K', 'L', 'M', 'N', 'P', 'Q', 'R', 'T', 'U', 'W', 'X', 'Y'
                    })
                    String body,
            @ForAll @CharRange(from = '0', to = '9') char other) {
        char check = UnifiedSocialCreditCode.checkCharacterFor(body);
        assertThat(UnifiedSocialCreditCode.of(body + check).value()).isEqualTo(body + check);
        if (other != check) {
            assertThatThrownBy(() -> UnifiedSocialCreditCode.of(body + other)).isInstanceOf(ValidationException.class);
        }
    }
}
