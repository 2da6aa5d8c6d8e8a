package archsample.bad.application.port.out;

/** Breaks: a read model in port.out that a REST resource shows (it belongs with the use case). */
public record SubsidyListRow(String name) {}
