package archsample.bad.adapter.rest;

import archsample.bad.adapter.jsf.SubsidyBean;
import archsample.bad.application.port.out.SubsidyListRow;
import archsample.bad.application.port.out.SubsidyRepository;

/** Breaks: a REST resource that uses the JSF adapter, a repository and a type of port.out. */
@jakarta.ws.rs.Path("/subsidies")
public class SubsidyResource {
    SubsidyBean bean;
    SubsidyRepository repository;
    SubsidyListRow row;
}
