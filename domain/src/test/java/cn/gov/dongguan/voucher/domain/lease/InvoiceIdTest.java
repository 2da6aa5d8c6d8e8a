package cn.gov.dongguan.voucher.domain.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-ID-4: invoice numbers; R-CALC-3: the sign of red-letter invoices. */
class InvoiceIdTest {

    @Test
    @Tag("R-ID-4")
    void r_id_4_a_paper_invoice_has_an_8_digit_number_and_a_10_or_12_digit_code() {
        assertThat(InvoiceId.of("4400231130", "01234567").isFullyDigital()).isFalse();
        assertThat(InvoiceId.of("044002311300", "01234567").toString()).isEqualTo("044002311300-01234567");
        assertThatThrownBy(() -> InvoiceId.of(null, "01234567")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> InvoiceId.of("44002311", "01234567")).isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-4")
    void r_id_4_a_fully_digital_invoice_has_20_digits_and_no_code() {
        assertThat(InvoiceId.of(null, "25442000000123456789").isFullyDigital()).isTrue();
        assertThat(InvoiceId.of("", "25442000000123456789")).isEqualTo(InvoiceId.of(null, "25442000000123456789"));
        assertThatThrownBy(() -> InvoiceId.of("4400231130", "25442000000123456789"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-4")
    void r_id_4_other_lengths_are_refused() {
        for (String number :
                new String[] {"1234567", "123456789", "1234567890123456789", "123456789012345678901", "1234567a"}) {
            assertThatThrownBy(() -> InvoiceId.of("4400231130", number)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    @Tag("R-CALC-3")
    void r_calc_3_a_red_letter_invoice_must_be_negative_and_a_normal_one_positive() {
        InvoiceId id = InvoiceId.of(null, "25442000000123456789");
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThatThrownBy(() -> new Invoice(
                        id,
                        day,
                        Money.of("100.00"),
                        InvoiceCopy.INVOICE_COPY,
                        InvoiceKind.RED_LETTER,
                        DomainFixtures.shenzhenProvider(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Invoice(
                        id,
                        day,
                        Money.of("-100.00"),
                        InvoiceCopy.INVOICE_COPY,
                        InvoiceKind.NORMAL,
                        DomainFixtures.shenzhenProvider(1)))
                .isInstanceOf(ValidationException.class);
        assertThat(new Invoice(
                                id,
                                day,
                                Money.of("-100.00"),
                                InvoiceCopy.INVOICE_COPY,
                                InvoiceKind.RED_LETTER,
                                DomainFixtures.shenzhenProvider(1))
                        .amount()
                        .isNegative())
                .isTrue();
    }

    @Test
    @Tag("R-ID-2")
    void r_id_2_a_payment_cannot_be_negative_or_zero() {
        assertThatThrownBy(() -> DomainFixtures.payment("P1", "2025-01-01", "-1.00"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> DomainFixtures.payment("P1", "2025-01-01", "0.00"))
                .isInstanceOf(ValidationException.class);
    }
}
