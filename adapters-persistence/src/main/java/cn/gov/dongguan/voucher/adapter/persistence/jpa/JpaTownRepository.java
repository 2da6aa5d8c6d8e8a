package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.TownKind;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The town table, seeded by migration V2 (R-REF-1). */
public class JpaTownRepository implements TownPort {

    private final JpaContext jpa;

    public JpaTownRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<Town> findAll() {
        return jpa.em().createQuery("SELECT t FROM TownJpaEntity t", TownJpaEntity.class).getResultList().stream()
                .map(t -> new Town(TownCode.of(t.code), t.nameZh, TownKind.valueOf(t.kind), t.active))
                .toList();
    }

    @Override
    public void save(Town town) {
        EntityManager em = jpa.em();
        TownJpaEntity entity = em.find(TownJpaEntity.class, town.code().value());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new TownJpaEntity();
            entity.code = town.code().value();
        }
        entity.nameZh = town.nameZh();
        entity.kind = town.kind().name();
        entity.active = town.active();
        if (fresh) {
            em.persist(entity);
        }
    }
}
