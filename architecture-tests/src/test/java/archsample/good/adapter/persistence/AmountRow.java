package archsample.good.adapter.persistence;

/** An embeddable of the persistence adapter: allowed under any name. */
@jakarta.persistence.Embeddable
public class AmountRow {
    java.math.BigDecimal amount;
}
