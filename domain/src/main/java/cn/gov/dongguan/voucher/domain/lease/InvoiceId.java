package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * How an invoice is identified (R-ID-4): a paper VAT invoice by its 10- or 12-digit code and
 * 8-digit number, a fully digital invoice (全电发票) by its 20-digit number alone.
 */
public record InvoiceId(String code, String number) {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final Pattern TWENTY_DIGITS = Pattern.compile("\\d{20}");
    private static final Pattern CODE = Pattern.compile("\\d{10}|\\d{12}");

    public InvoiceId {
        number = number == null ? null : number.strip();
        code = code == null || code.isBlank() ? null : code.strip();
        if (number == null
                || !(EIGHT_DIGITS.matcher(number).matches()
                        || TWENTY_DIGITS.matcher(number).matches())) {
            throw ValidationException.of(
                    "invoiceNo",
                    "INVOICE_NO_FORMAT",
                    "R-ID-4",
                    "invoice number must have 8 digits (paper) or 20 digits (fully digital)");
        }
        if (number.length() == 8 && (code == null || !CODE.matcher(code).matches())) {
            throw ValidationException.of(
                    "invoiceCode",
                    "INVOICE_CODE_FORMAT",
                    "R-ID-4",
                    "an 8-digit invoice number needs a 10- or 12-digit invoice code");
        }
        if (number.length() == 20 && code != null) {
            throw ValidationException.of(
                    "invoiceCode",
                    "INVOICE_CODE_UNEXPECTED",
                    "R-ID-4",
                    "a fully digital invoice (20 digits) has no invoice code");
        }
    }

    public static InvoiceId of(String code, String number) {
        return new InvoiceId(code, number);
    }

    public boolean isFullyDigital() {
        return code == null;
    }

    @Override
    public String toString() {
        return code == null ? number : code + "-" + number;
    }
}
