package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.Objection;
import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import java.util.List;
import java.util.UUID;

/** Objections to public notices in table {@code objection}. */
public class JpaObjectionRepository implements ObjectionPort {

    private final JpaContext jpa;

    public JpaObjectionRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public void save(Objection objection) {
        ObjectionJpaEntity e = new ObjectionJpaEntity();
        e.id = objection.id().toString();
        e.batchCode = objection.batch().value();
        e.applicationId = objection.applicationId().toString();
        e.text = objection.text();
        e.contact = objection.contact();
        e.receivedAt = Mapping.utc(objection.receivedAt());
        jpa.em().persist(e);
    }

    @Override
    public List<Objection> forApplication(ApplicationId applicationId) {
        return jpa
                .em()
                .createQuery(
                        "SELECT o FROM ObjectionJpaEntity o WHERE o.applicationId = :id ORDER BY o.receivedAt",
                        ObjectionJpaEntity.class)
                .setParameter("id", applicationId.toString())
                .getResultList()
                .stream()
                .map(o -> new Objection(
                        UUID.fromString(o.id),
                        BatchCode.of(o.batchCode),
                        ApplicationId.of(o.applicationId),
                        o.text,
                        o.contact,
                        Mapping.instant(o.receivedAt)))
                .toList();
    }
}
