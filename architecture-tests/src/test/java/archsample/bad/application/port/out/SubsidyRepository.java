package archsample.bad.application.port.out;

/** An outbound port, which resources must not use directly. */
public interface SubsidyRepository {
}
