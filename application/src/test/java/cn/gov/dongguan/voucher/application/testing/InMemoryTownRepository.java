package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.domain.reference.StandardTowns;
import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The town table, seeded with the towns of the notice like the database migration seeds it. */
public final class InMemoryTownRepository implements TownPort {

    private final Map<TownCode, Town> towns = new LinkedHashMap<>();

    public InMemoryTownRepository() {
        StandardTowns.DONGGUAN.forEach(t -> towns.put(t.code(), t));
    }

    @Override
    public synchronized List<Town> findAll() {
        return new ArrayList<>(towns.values());
    }

    @Override
    public synchronized void save(Town town) {
        towns.put(town.code(), town);
    }
}
