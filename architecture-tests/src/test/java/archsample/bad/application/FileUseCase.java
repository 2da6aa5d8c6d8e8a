package archsample.bad.application;

import archsample.bad.adapter.persistence.SubsidyRow;

/** Breaks: the application layer uses JAX-RS and JSON-P and knows the persistence adapter. */
public class FileUseCase {
    SubsidyRow row;

    public jakarta.ws.rs.core.Response answer() {
        return null;
    }

    public jakarta.json.JsonObject asJson() {
        return null;
    }
}
