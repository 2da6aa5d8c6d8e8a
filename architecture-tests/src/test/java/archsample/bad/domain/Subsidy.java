package archsample.bad.domain;

import archsample.bad.adapter.rest.SubsidyResource;
import archsample.bad.domain.other.Policy;
import java.io.File;
import java.time.Instant;

/** Breaks: a JPA entity in the domain, reads the clock, does I/O, knows an adapter, and a package cycle. */
@jakarta.persistence.Entity
public class Subsidy {
    Policy policy;
    SubsidyResource resource;

    public Instant when() {
        return Instant.now();
    }

    public boolean exists() {
        return new File("/tmp/x").exists();
    }
}
