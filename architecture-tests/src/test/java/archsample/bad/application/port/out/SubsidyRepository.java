package archsample.bad.application.port.out;

/** Breaks: an outbound port not named *Port, which resources must not use directly either. */
public interface SubsidyRepository {}
