package archsample.good.adapter.jsf;

import archsample.good.application.port.in.DecideUseCase;

/** A page bean that calls a use case. */
public class SubsidyBean {
    DecideUseCase useCase;
    jakarta.faces.context.FacesContext context;
}
