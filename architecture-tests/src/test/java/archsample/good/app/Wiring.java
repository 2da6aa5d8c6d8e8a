package archsample.good.app;

import archsample.good.adapter.jsf.SubsidyBean;
import archsample.good.adapter.persistence.SubsidyJpaEntity;
import archsample.good.adapter.rest.SubsidyResource;

/** The assembly wires adapters. */
public class Wiring {
    SubsidyBean bean;
    SubsidyResource resource;
    SubsidyJpaEntity entity;
}
