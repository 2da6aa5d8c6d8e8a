package archsample.good.application.service;

import archsample.good.application.port.in.DecideUseCase;
import archsample.good.application.port.in.SubsidySummary;
import archsample.good.application.port.out.StoredFigures;
import archsample.good.application.port.out.SubsidyPort;
import archsample.good.domain.Subsidy;
import java.math.BigDecimal;
import java.time.Instant;

/** Implements the use case over the port. */
public class DecideService implements DecideUseCase {
    private final SubsidyPort repository;

    public DecideService(SubsidyPort repository) {
        this.repository = repository;
    }

    @Override
    public Subsidy decide() {
        Subsidy s = new Subsidy(BigDecimal.ONE, Instant.EPOCH);
        repository.save(s, new StoredFigures(BigDecimal.ONE));
        return s;
    }

    @Override
    public SubsidySummary summary() {
        return new SubsidySummary(BigDecimal.ONE);
    }
}
