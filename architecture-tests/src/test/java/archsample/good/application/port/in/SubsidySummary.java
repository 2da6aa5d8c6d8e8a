package archsample.good.application.port.in;

import java.math.BigDecimal;

/** A read model the use case returns and the adapters show: it lives with the use case. */
public record SubsidySummary(BigDecimal subsidy) {}
