package archsample.good.adapter.persistence;

import archsample.good.application.port.out.SubsidyRepository;
import archsample.good.domain.Subsidy;

/** An entity of the persistence adapter, implementing the outbound port. */
@jakarta.persistence.Entity
public class SubsidyJpaEntity implements SubsidyRepository {
    @jakarta.persistence.Id
    Long id;

    @Override
    public void save(Subsidy subsidy) {
    }
}
