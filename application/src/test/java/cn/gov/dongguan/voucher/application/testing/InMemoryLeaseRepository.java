package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Leases in a map, stored as copies. */
public final class InMemoryLeaseRepository implements LeasePort {

    private final Map<OrderNumber, ComputeLease> stored = new ConcurrentHashMap<>();

    private static ComputeLease copy(ComputeLease l) {
        return new ComputeLease(l.orderNo(), l.terms(), l.payments(), l.invoices());
    }

    @Override
    public Optional<ComputeLease> find(OrderNumber orderNo) {
        return Optional.ofNullable(stored.get(orderNo)).map(InMemoryLeaseRepository::copy);
    }

    @Override
    public List<ComputeLease> findAll(Collection<OrderNumber> orderNos) {
        return orderNos.stream()
                .distinct()
                .map(stored::get)
                .filter(Objects::nonNull)
                .map(InMemoryLeaseRepository::copy)
                .toList();
    }

    @Override
    public Set<OrderNumber> existing(Collection<OrderNumber> orderNos) {
        return orderNos.stream().filter(stored::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void save(ComputeLease lease) {
        stored.put(lease.orderNo(), copy(lease));
    }
}
