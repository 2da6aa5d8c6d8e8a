package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.domain.reference.StandardTowns;
import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.TownKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link TownPort} does: it starts with the towns of the notice (R-REF-1). */
public abstract class TownPortContract extends PortContract {

    protected abstract TownPort repository();

    @Test
    @Tag("R-REF-1")
    void r_ref_1_the_towns_of_the_notice_are_there_and_a_new_one_can_be_added() {
        assertThat(tx(() -> repository().findAll())).containsAll(StandardTowns.DONGGUAN);
        tx(() -> repository().save(new Town(TownCode.of("NEWPARK"), "新园区", TownKind.PARK, true)));
        assertThat(tx(() -> repository().findAll())).extracting(Town::code).contains(TownCode.of("NEWPARK"));
        // saved again under the same code: changed, not added twice
        tx(() -> repository().save(new Town(TownCode.of("NEWPARK"), "新园区（更名）", TownKind.PARK, false)));
        assertThat(tx(() -> repository().findAll()))
                .filteredOn(t -> t.code().equals(TownCode.of("NEWPARK")))
                .containsExactly(new Town(TownCode.of("NEWPARK"), "新园区（更名）", TownKind.PARK, false));
    }
}
