package cn.gov.dongguan.voucher.adapter.rest.json;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Every JSON body of the API is read by {@link StrictJson} (one value, no duplicate keys, bounded
 * depth and numbers), never by the container's own JSON-P reader, which takes trailing garbage and
 * a duplicate key last-wins. An interceptor rather than a reader: it runs whatever reader the
 * container would have chosen, so no provider ordering can let a body past it.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (!json || !JsonValue.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        JsonValue value = StrictJson.read(context.getInputStream());
        if (!context.getType().isInstance(value)) {
            throw new MalformedBodyException("the request body is not the JSON value this endpoint reads");
        }
        return value;
    }
}
