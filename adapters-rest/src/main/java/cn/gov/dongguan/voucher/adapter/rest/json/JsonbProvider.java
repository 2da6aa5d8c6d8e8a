package cn.gov.dongguan.voucher.adapter.rest.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Responses keep their null fields (a missing amount is {@code null}, not absent), UTF-8 throughout. */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB =
            JsonbBuilder.create(new JsonbConfig().withNullValues(true).withEncoding("UTF-8"));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
