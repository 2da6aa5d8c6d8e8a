package cn.gov.dongguan.voucher.domain.reference;

/** 算力服务应用领域, the 19 boxes of the form (R-REF-4); {@link #OTHER} comes with a text. */
public enum ApplicationDomain {
    NEXT_GEN_IT("新一代信息技术"),
    HIGH_END_EQUIPMENT("高端装备制造"),
    NEW_ENERGY("新能源"),
    NEW_MATERIALS("新材料"),
    MODERN_MARINE("现代海洋"),
    HEALTH_CARE("医养健康"),
    HIGH_END_CHEMICALS("高端化工"),
    MODERN_AGRICULTURE("现代高效农业"),
    CULTURE_TOURISM("文旅产业"),
    LIGHT_INDUSTRY_TEXTILE("现代轻工纺织"),
    FINANCIAL_SERVICES("现代金融服务"),
    NEW_ENERGY_VEHICLES("新能源汽车"),
    GREEN_LOW_CARBON("绿色低碳"),
    LOW_ALTITUDE_ECONOMY("低空经济"),
    SOCIAL_GOVERNANCE("社会治理"),
    EDUCATION("教育服务"),
    DIGITAL_CONSUMPTION("数字消费"),
    AGRICULTURE_RURAL("农业与农村"),
    OTHER("其他");

    private final String nameZh;

    ApplicationDomain(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
