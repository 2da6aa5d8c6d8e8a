package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores compute leases with their payments and invoices, by order number. */
public interface LeasePort {

    Optional<ComputeLease> find(OrderNumber orderNo);

    /** The leases among {@code orderNos} that exist, in the order asked for. */
    List<ComputeLease> findAll(Collection<OrderNumber> orderNos);

    /** The order numbers among {@code orderNos} of leases that exist (a key look-up, no lease read). */
    Set<OrderNumber> existing(Collection<OrderNumber> orderNos);

    /** Inserts or replaces the lease with its payments and invoices. */
    void save(ComputeLease lease);
}
