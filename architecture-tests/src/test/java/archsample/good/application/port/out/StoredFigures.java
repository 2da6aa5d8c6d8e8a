package archsample.good.application.port.out;

import java.math.BigDecimal;

/** A type only the port, the service and the persistence adapter use. */
public record StoredFigures(BigDecimal subsidy) {}
