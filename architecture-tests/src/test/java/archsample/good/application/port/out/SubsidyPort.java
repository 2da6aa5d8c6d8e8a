package archsample.good.application.port.out;

import archsample.good.domain.Subsidy;

/** Stores subsidies. */
public interface SubsidyPort {
    void save(Subsidy subsidy, StoredFigures figures);
}
