package cn.gov.dongguan.voucher.adapter.rest.error;

import cn.gov.dongguan.voucher.domain.shared.Violation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem details: {@code {type, title, status, detail, errors:[{field, code, rule, message}]}}. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM = new MediaType("application", "problem+json", "UTF-8");
    static final String TYPE_BASE = "https://voucher.dongguan.gov.cn/problems/";

    /** Looked up once (see {@link cn.gov.dongguan.voucher.adapter.rest.json.StrictJson#provider()}). */
    private static final jakarta.json.spi.JsonProvider JSON =
            cn.gov.dongguan.voucher.adapter.rest.json.StrictJson.provider();

    private Problem() {}

    public static Response response(int status, String slug, String title, String detail, List<Violation> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Violation v : errors) {
            JsonObjectBuilder e = JSON.createObjectBuilder();
            add(e, "field", v.field());
            add(e, "code", v.code());
            add(e, "rule", v.rule());
            add(e, "message", v.message());
            list.add(e);
        }
        body.add("errors", list);
        return Response.status(status).type(PROBLEM).entity(body.build()).build();
    }

    private static void add(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
