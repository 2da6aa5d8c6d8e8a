package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.reference.Town;
import java.util.List;

/** The town table (R-REF-1). */
public interface TownPort {

    List<Town> findAll();

    void save(Town town);
}
