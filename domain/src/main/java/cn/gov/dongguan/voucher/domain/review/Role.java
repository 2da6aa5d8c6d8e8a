package cn.gov.dongguan.voucher.domain.review;

/** The roles of the programme's principals (api.md), and the scheduler acting as {@link #SYSTEM}. */
public enum Role {
    PLATFORM("platform"),
    PORTAL("portal"),
    CITY_OFFICER("city-officer"),
    TOWN_OFFICER("town-officer"),
    EXPERT("expert"),
    FUND_MANAGER("fund-manager"),
    ADMIN("admin"),
    SYSTEM("system");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The role's name in the API and configuration, e.g. {@code city-officer}. */
    public String code() {
        return code;
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + code);
    }
}
