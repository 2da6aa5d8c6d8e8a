package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The container-managed entity manager of the current JTA transaction. */
@ApplicationScoped
public class ContainerJpa implements JpaContext {

    @PersistenceContext(unitName = "voucher")
    EntityManager em;

    @Override
    public EntityManager em() {
        return em;
    }
}
