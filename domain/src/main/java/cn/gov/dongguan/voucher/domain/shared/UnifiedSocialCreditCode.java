package cn.gov.dongguan.voucher.domain.shared;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015) — R-ID-1. Eighteen characters from
 * {@link #ALPHABET}; lower case is normalised to upper case and surrounding blanks trimmed; the
 * 18th character is the check character over the first seventeen.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 characters of the code; I, O, S, V and Z are not used. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (value == null) {
            throw invalid("USCC_REQUIRED", "unified social credit code is required");
        }
        if (!canonical(value)) {
            value = value.strip().toUpperCase(java.util.Locale.ROOT);
        }
        if (value.length() != 18) {
            throw invalid("USCC_LENGTH", "unified social credit code must have 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (index(value.charAt(i)) < 0) {
                throw invalid(
                        "USCC_CHARACTER",
                        "unified social credit code contains '" + value.charAt(i) + "', which is not one of "
                                + ALPHABET);
            }
        }
        if (value.charAt(17) != checkCharacterFor(value.substring(0, 17))) {
            throw invalid("USCC_CHECK", "unified social credit code has a wrong check character");
        }
    }

    /** Each character's place in {@link #ALPHABET}, or −1 (codes are read by the hundred thousand). */
    private static final byte[] INDEX = new byte[128];

    static {
        java.util.Arrays.fill(INDEX, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private static int index(char c) {
        return c < 128 ? INDEX[c] : -1;
    }

    /** Already as stored (18 characters of the alphabet): nothing to strip or upper-case. */
    private static boolean canonical(String value) {
        if (value.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (index(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    public static UnifiedSocialCreditCode of(String value) {
        return new UnifiedSocialCreditCode(value);
    }

    /** The check character for the first 17 characters: c = 31 − (Σ value×weight mod 31), 31 → 0. */
    public static char checkCharacterFor(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = index(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** Character 1: the registering authority (1 staffing office, 5 civil affairs, 9 market regulation, …). */
    public char registeringAuthority() {
        return value.charAt(0);
    }

    /** Character 2: the kind of body (for authority 9: 1 enterprise, 2 individual business, 3 cooperative). */
    public char kindOfBody() {
        return value.charAt(1);
    }

    /** Characters 3–8: the administrative division code of the registration. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Characters 9–17: the organisation code body. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /** Registered in Dongguan: the division code starts with 4419 (R-ELIG-1). */
    public boolean isRegisteredInDongguan() {
        return divisionCode().startsWith("4419");
    }

    /** An individual business (个体工商户), characters 1–2 {@code 92}, is no independent legal person (R-ELIG-2). */
    public boolean isIndividualBusiness() {
        return value.startsWith("92");
    }

    @Override
    public String toString() {
        return value;
    }

    private static ValidationException invalid(String code, String message) {
        return ValidationException.of("uscc", code, "R-ID-1", message);
    }
}
