package archsample.good.application.port.in;

import archsample.good.domain.Subsidy;

/** Use case: decide a subsidy. */
public interface DecideUseCase {
    Subsidy decide();

    SubsidySummary summary();
}
