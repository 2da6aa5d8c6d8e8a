package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Leases in table {@code lease}, their payments and invoices in {@code lease_payment} and {@code lease_invoice}. */
public class JpaLeaseRepository implements LeasePort {

    private final JpaContext jpa;

    public JpaLeaseRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<ComputeLease> find(OrderNumber orderNo) {
        return Optional.ofNullable(jpa.em().find(LeaseJpaEntity.class, orderNo.value()))
                .map(LeaseMapper::toDomain);
    }

    @Override
    public List<ComputeLease> findAll(Collection<OrderNumber> orderNos) {
        if (orderNos.isEmpty()) {
            return List.of();
        }
        List<String> wanted =
                orderNos.stream().map(OrderNumber::value).distinct().toList();
        List<LeaseJpaEntity> found = jpa.em()
                .createQuery("SELECT l FROM LeaseJpaEntity l WHERE l.orderNo IN :orderNos", LeaseJpaEntity.class)
                .setParameter("orderNos", wanted)
                .getResultList();
        return wanted.stream()
                .flatMap(o -> found.stream().filter(l -> l.orderNo.equals(o)))
                .map(LeaseMapper::toDomain)
                .toList();
    }

    @Override
    public Set<OrderNumber> existing(Collection<OrderNumber> orderNos) {
        if (orderNos.isEmpty()) {
            return Set.of();
        }
        return jpa
                .em()
                .createQuery("SELECT l.orderNo FROM LeaseJpaEntity l WHERE l.orderNo IN :orderNos", String.class)
                .setParameter(
                        "orderNos",
                        orderNos.stream().map(OrderNumber::value).distinct().toList())
                .getResultList()
                .stream()
                .map(OrderNumber::of)
                .collect(Collectors.toSet());
    }

    @Override
    public void save(ComputeLease lease) {
        EntityManager em = jpa.em();
        LeaseJpaEntity entity = em.find(LeaseJpaEntity.class, lease.orderNo().value());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new LeaseJpaEntity();
        }
        LeaseMapper.copy(lease, entity);
        if (fresh) {
            em.persist(entity);
        }
    }
}
