package archsample.good.adapter.persistence;

import archsample.good.application.port.out.StoredFigures;
import archsample.good.application.port.out.SubsidyPort;
import archsample.good.domain.Subsidy;

/** An entity of the persistence adapter, implementing the outbound port. */
@jakarta.persistence.Entity
public class SubsidyJpaEntity implements SubsidyPort {
    @jakarta.persistence.Id
    Long id;

    @Override
    public void save(Subsidy subsidy, StoredFigures figures) {}
}
