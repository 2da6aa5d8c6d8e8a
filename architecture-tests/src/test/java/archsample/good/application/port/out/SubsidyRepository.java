package archsample.good.application.port.out;

import archsample.good.domain.Subsidy;

/** Stores subsidies. */
public interface SubsidyRepository {
    void save(Subsidy subsidy);
}
