package archsample.bad.app;

import archsample.bad.adapter.rest.SubsidyResource;

/** The assembly may know adapters. */
public class Main {
    SubsidyResource resource;
}
