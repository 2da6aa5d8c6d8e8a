package archsample.good.adapter.rest;

import archsample.good.application.port.in.DecideUseCase;
import archsample.good.application.port.in.SubsidySummary;

/** A resource that calls a use case. */
@jakarta.ws.rs.Path("/subsidies")
public class SubsidyResource {
    DecideUseCase useCase;
    SubsidySummary shown;
}
