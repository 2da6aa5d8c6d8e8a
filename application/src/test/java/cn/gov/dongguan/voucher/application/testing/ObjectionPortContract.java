package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectionPort} does: an objection filed during a public notice is kept with
 * its text (Chinese, up to 5,000 characters) and contact, and read back per application in order of
 * receipt.
 */
public abstract class ObjectionPortContract extends StoredApplicationsContract {

    protected abstract ObjectionPort objections();

    @Test
    void objections_are_kept_per_application_in_order_of_receipt() {
        Application onNotice =
                storedIn(ReviewStage.PUBLIC_NOTICE, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        Application other =
                storedIn(ReviewStage.PUBLIC_NOTICE, DomainFixtures.SONGSHANHU, figures("乙", "0.00", "0.00"), List.of());
        Objection later = Objection.filed(
                UUID.randomUUID(),
                batch.code(),
                onNotice.id(),
                "该企业与算力提供方存在关联关系",
                "王先生 13800138000",
                t0.plusSeconds(7200));
        Objection earlier = Objection.filed(
                UUID.randomUUID(), batch.code(), onNotice.id(), "异".repeat(5000), null, t0.plusSeconds(3600));
        Objection elsewhere =
                Objection.filed(UUID.randomUUID(), batch.code(), other.id(), "另一异议", "匿名", t0.plusSeconds(60));
        tx(() -> objections().save(later));
        tx(() -> objections().save(earlier));
        tx(() -> objections().save(elsewhere));

        List<Objection> found = tx(() -> objections().forApplication(onNotice.id()));
        assertThat(found).extracting(Objection::id).containsExactly(earlier.id(), later.id());
        assertThat(found.get(1)).isEqualTo(later);
        assertThat(found.get(0).text()).hasSize(5000).isEqualTo(earlier.text());
        assertThat(found.get(0).contact()).isNull();
        assertThat(tx(() -> objections().forApplication(other.id()))).containsExactly(elsewhere);
        Application none =
                storedIn(ReviewStage.PUBLIC_NOTICE, DomainFixtures.DONGCHENG, figures("丙", "0.00", "0.00"), List.of());
        assertThat(tx(() -> objections().forApplication(none.id()))).isEmpty();
    }

    @Test
    @Tag("R-OBJ-1")
    void r_obj_1_a_decision_is_stored_with_who_decided_when_and_why() {
        Application onNotice =
                storedIn(ReviewStage.PUBLIC_NOTICE, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        Objection open =
                Objection.filed(UUID.randomUUID(), batch.code(), onNotice.id(), "关联关系未申报", "李女士", t0.plusSeconds(60));
        tx(() -> objections().save(open));
        assertThat(tx(() -> objections().find(open.id()))).contains(open);
        assertThat(tx(() -> objections().find(UUID.randomUUID()))).isEmpty();

        Objection dismissed = open.decided(false, t0.plusSeconds(7200), "city", "经核查，异议不成立");
        tx(() -> objections().save(dismissed));
        Objection found = tx(() -> objections().find(open.id())).orElseThrow();
        assertThat(found.status()).isEqualTo(Objection.Status.DISMISSED);
        assertThat(found.decidedAt()).isEqualTo(t0.plusSeconds(7200));
        assertThat(found.decidedBy()).isEqualTo("city");
        assertThat(found.reason()).isEqualTo("经核查，异议不成立");
        assertThat(tx(() -> objections().forApplication(onNotice.id()))).containsExactly(found);
    }
}
