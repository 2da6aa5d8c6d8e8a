package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Batches in table {@code batch}. */
public class JpaBatchRepository implements BatchPort {

    private final JpaContext jpa;

    public JpaBatchRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Batch> find(BatchCode code) {
        return Optional.ofNullable(jpa.em().find(BatchJpaEntity.class, code.value()))
                .map(BatchMapper::toDomain);
    }

    @Override
    public Optional<Batch> findForUpdate(BatchCode code) {
        return Optional.ofNullable(jpa.em().find(BatchJpaEntity.class, code.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(BatchMapper::toDomain);
    }

    @Override
    public List<Batch> findAll() {
        return jpa
                .em()
                .createQuery("SELECT b FROM BatchJpaEntity b ORDER BY b.code", BatchJpaEntity.class)
                .getResultList()
                .stream()
                .map(BatchMapper::toDomain)
                .toList();
    }

    @Override
    public void save(Batch batch) {
        EntityManager em = jpa.em();
        BatchJpaEntity entity = em.find(BatchJpaEntity.class, batch.code().value());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new BatchJpaEntity();
        }
        BatchMapper.copy(batch, entity);
        if (fresh) {
            em.persist(entity);
        }
    }
}
