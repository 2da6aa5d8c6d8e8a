package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.EntityManager;

/**
 * Where the repositories get the entity manager of the current transaction: container-managed
 * (JTA) in the application server, thread-bound and resource-local in tests.
 */
public interface JpaContext {

    EntityManager em();
}
