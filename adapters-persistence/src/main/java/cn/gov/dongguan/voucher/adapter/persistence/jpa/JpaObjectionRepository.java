package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Objections to public notices in table {@code objection}, with their decisions (R-OBJ-1). */
public class JpaObjectionRepository implements ObjectionPort {

    private final JpaContext jpa;

    public JpaObjectionRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public void save(Objection objection) {
        EntityManager em = jpa.em();
        ObjectionJpaEntity e = em.find(ObjectionJpaEntity.class, objection.id().toString());
        boolean fresh = e == null;
        if (fresh) {
            e = new ObjectionJpaEntity();
            e.id = objection.id().toString();
        }
        e.batchCode = objection.batch().value();
        e.applicationId = objection.applicationId().toString();
        e.text = objection.text();
        e.contact = objection.contact();
        e.receivedAt = Mapping.utc(objection.receivedAt());
        e.status = objection.status().name();
        e.decidedAt = Mapping.utc(objection.decidedAt());
        e.decidedBy = objection.decidedBy();
        e.decisionReason = objection.reason();
        if (fresh) {
            em.persist(e);
        }
    }

    @Override
    public Optional<Objection> find(UUID id) {
        return Optional.ofNullable(jpa.em().find(ObjectionJpaEntity.class, id.toString()))
                .map(JpaObjectionRepository::objection);
    }

    @Override
    public List<Objection> forApplication(ApplicationId applicationId) {
        return jpa
                .em()
                .createQuery(
                        "SELECT o FROM ObjectionJpaEntity o WHERE o.applicationId = :id ORDER BY o.receivedAt, o.id",
                        ObjectionJpaEntity.class)
                .setParameter("id", applicationId.toString())
                .getResultList()
                .stream()
                .map(JpaObjectionRepository::objection)
                .toList();
    }

    private static Objection objection(ObjectionJpaEntity o) {
        return new Objection(
                UUID.fromString(o.id),
                BatchCode.of(o.batchCode),
                ApplicationId.of(o.applicationId),
                o.text,
                o.contact,
                Mapping.instant(o.receivedAt),
                Objection.Status.valueOf(o.status),
                Mapping.instant(o.decidedAt),
                o.decidedBy,
                o.decisionReason);
    }
}
