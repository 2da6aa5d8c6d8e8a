package cn.gov.dongguan.voucher.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-ID-3: mobile numbers, resident ID numbers, bank accounts — validated, and masked when printed. */
class PersonalDataTest {

    @Test
    @Tag("R-ID-3")
    void r_id_3_a_resident_id_number_carries_the_mod_11_2_check() {
        assertThat(ResidentIdNumber.of("11010519491231002X").value()).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
        assertThatThrownBy(() -> ResidentIdNumber.of("110105194912310021"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("check");
        assertThatThrownBy(() -> ResidentIdNumber.of("1101051949123100")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ResidentIdNumber.of("X1010519491231002X")).isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-3")
    void r_id_3_a_resident_id_number_is_masked_when_printed() {
        ResidentIdNumber id = DomainFixtures.idNumber();
        assertThat(id.masked()).matches("4419\\*{10}\\d{3}[\\dX]");
        assertThat(id.toString())
                .isEqualTo(id.masked())
                .doesNotContain(id.value().substring(4, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "19912345678", "15000000000"})
    @Tag("R-ID-3")
    void r_id_3_mobile_numbers_start_with_13_to_19_and_have_11_digits(String number) {
        assertThat(MobileNumber.of(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "1380013800a", "+8613800138000"})
    @Tag("R-ID-3")
    void r_id_3_other_mobile_numbers_are_refused(String number) {
        assertThatThrownBy(() -> MobileNumber.of(number)).isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-3")
    void r_id_3_mobile_numbers_and_bank_accounts_are_masked_when_printed() {
        assertThat(MobileNumber.of("13800138000").toString()).isEqualTo("138****8000");
        assertThat(BankAccountNumber.of("6222020200112233445").toString()).isEqualTo("6222***********3445");
        assertThat(BankAccountNumber.of("12345678").toString()).isEqualTo("****5678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "1234567890123456789012345678901", "6222-0202-0011", "62220202001122334a"})
    @Tag("R-ID-3")
    void r_id_3_bank_accounts_have_8_to_30_digits(String number) {
        assertThatThrownBy(() -> BankAccountNumber.of(number)).isInstanceOf(ValidationException.class);
    }

    @Test
    void e_mail_addresses_are_checked_for_shape() {
        assertThat(EmailAddress.of("li@example.cn").value()).isEqualTo("li@example.cn");
        assertThatThrownBy(() -> EmailAddress.of("li@")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> EmailAddress.of("li example@x.cn")).isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-5")
    void r_id_5_the_calendar_is_asia_shanghai() {
        assertThat(ProgrammeCalendar.dayOf(DomainFixtures.at("2025-11-20T00:30"))
                        .toString())
                .isEqualTo("2025-11-20");
        assertThat(ProgrammeCalendar.endOfDay(java.time.LocalDate.of(2025, 11, 15)))
                .isEqualTo(java.time.Instant.parse("2025-11-15T15:59:59Z"));
    }
}
