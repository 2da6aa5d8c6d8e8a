package archsample.good.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** Plain Java; time comes in as a parameter. */
public record Subsidy(BigDecimal amount, Instant decidedAt) {}
