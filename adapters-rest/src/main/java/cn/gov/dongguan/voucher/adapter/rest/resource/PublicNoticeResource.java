package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.application.port.in.FileObjectionUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetPublicNoticeUseCase;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The public notice (公示), readable without a token, and objections to it. Nothing personal is shown. */
@Path("/public/notices/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicNoticeResource {

    @Inject
    GetPublicNoticeUseCase notice;

    @Inject
    FileObjectionUseCase objections;

    @GET
    public List<Map<String, Object>> notice(@PathParam("code") String code) {
        return notice.notice(BatchCode.of(code)).stream()
                .map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("applicationId", e.applicationId().toString());
                    m.put("applicantName", e.applicantName());
                    m.put("uscc", e.uscc().value());
                    m.put("town", e.town().value());
                    m.put("subsidy", Wire.money(e.subsidy()));
                    return m;
                })
                .toList();
    }

    @POST
    @Path("objections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("code") String code, JsonValue json) {
        Body body = Body.of(json, "applicationId", "text", "contact");
        String id = body.requiredString("applicationId");
        ApplicationId applicationId = id == null ? null : body.attempt("applicationId", () -> ApplicationId.of(id));
        String text = body.requiredString("text");
        String contact = body.string("contact");
        body.done();
        UUID objection = objections.file(BatchCode.of(code), applicationId, text, contact);
        return Response.accepted(Map.of("objectionId", objection.toString(), "status", "RECEIVED"))
                .build();
    }
}
