package cn.gov.dongguan.voucher.domain.reference;

import cn.gov.dongguan.voucher.domain.shared.Require;
import java.util.Objects;

/** One entry of the town table (所属镇街（园区）): code, Chinese name, kind, and whether it is in use. */
public record Town(TownCode code, String nameZh, TownKind kind, boolean active) {

    public Town {
        Objects.requireNonNull(code, "code");
        nameZh = Require.text(nameZh, "nameZh", 50);
        Require.present(kind, "kind");
    }

    public static Town of(String code, String nameZh, TownKind kind) {
        return new Town(TownCode.of(code), nameZh, kind, true);
    }
}
