package archsample.bad.adapter.rest;

import archsample.bad.adapter.jsf.SubsidyBean;
import archsample.bad.application.port.out.SubsidyRepository;

/** Breaks: a REST resource that uses the JSF adapter and a repository. */
@jakarta.ws.rs.Path("/subsidies")
public class SubsidyResource {
    SubsidyBean bean;
    SubsidyRepository repository;
}
