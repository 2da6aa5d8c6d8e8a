package cn.gov.dongguan.voucher.domain.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The towns known to the programme (R-REF-1), as loaded from reference data. Only active towns
 * count for eligibility; an inactive one stays so that old applications keep their town.
 */
public final class TownDirectory {

    private final Map<TownCode, Town> towns = new LinkedHashMap<>();

    public TownDirectory(List<Town> towns) {
        for (Town town : towns) {
            if (this.towns.putIfAbsent(town.code(), town) != null) {
                throw new IllegalArgumentException("town listed twice: " + town.code());
            }
        }
    }

    /** The 34 towns, subdistricts and parks of the 2025 notice. */
    public static TownDirectory dongguan() {
        return new TownDirectory(StandardTowns.DONGGUAN);
    }

    public Optional<Town> find(TownCode code) {
        return Optional.ofNullable(towns.get(code));
    }

    /** Whether the code names a town in use (R-ELIG-1). */
    public boolean isActive(TownCode code) {
        Town town = towns.get(code);
        return town != null && town.active();
    }

    public List<Town> all() {
        return List.copyOf(towns.values());
    }
}
