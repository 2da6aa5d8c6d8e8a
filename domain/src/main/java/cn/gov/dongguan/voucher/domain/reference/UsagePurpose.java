package cn.gov.dongguan.voucher.domain.reference;

/** 算力服务主要用途 (R-REF-3); {@link #OTHER} comes with a text. */
public enum UsagePurpose {
    TECH_DEVELOPMENT("技术开发"),
    TRAINING("训练"),
    INFERENCE("推理"),
    TESTING("测试验证"),
    APPLICATION_SERVICE("应用服务"),
    OTHER("其他");

    private final String nameZh;

    UsagePurpose(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
