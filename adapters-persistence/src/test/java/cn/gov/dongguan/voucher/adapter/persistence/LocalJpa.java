package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaContext;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaFailures;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The application's persistence unit outside a container: resource-local transactions on a
 * thread-bound entity manager, the way the repositories are used in tests and benchmarks.
 */
public final class LocalJpa implements JpaContext, TransactionsPort, AutoCloseable {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    /** Over EclipseLink's own connection pool on the JDBC URL (a new connection per transaction is slow). */
    public LocalJpa(String url, String user, String password) {
        this(url, user, password, Map.of());
    }

    public LocalJpa(String url, String user, String password, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.logging.level", "WARNING");
        // EclipseLink shares one session among factories of a unit with the same connection; each of ours is its own
        properties.put("eclipselink.session-name", "voucher-" + java.util.UUID.randomUUID());
        properties.putAll(extra);
        factory = Persistence.createEntityManagerFactory("voucher", properties);
    }

    @Override
    public EntityManager em() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("no transaction is open on this thread");
        }
        return em;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw JpaFailures.translate(e);
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
