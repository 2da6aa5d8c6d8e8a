package archsample.good.application.service;

import archsample.good.application.port.in.DecideUseCase;
import archsample.good.application.port.out.SubsidyRepository;
import archsample.good.domain.Subsidy;
import java.math.BigDecimal;
import java.time.Instant;

/** Implements the use case over the port. */
public class DecideService implements DecideUseCase {
    private final SubsidyRepository repository;

    public DecideService(SubsidyRepository repository) {
        this.repository = repository;
    }

    @Override
    public Subsidy decide() {
        Subsidy s = new Subsidy(BigDecimal.ONE, Instant.EPOCH);
        repository.save(s);
        return s;
    }
}
