package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.adapter.rest.security.ActorPrincipal;
import cn.gov.dongguan.voucher.application.port.in.AdvanceClockUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReadChangeFeedUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReadChangeFeedUseCase.FeedPage;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The change feed for the portal, and the demo clock for administrators. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    @Inject
    ReadChangeFeedUseCase feed;

    @Inject
    AdvanceClockUseCase clock;

    @Inject
    cn.gov.dongguan.voucher.application.port.in.ExpireReturnedApplicationsUseCase expire;

    @Inject
    cn.gov.dongguan.voucher.application.port.in.EndNoticePeriodsUseCase endNotices;

    @Context
    SecurityContext security;

    @GET
    @Path("events")
    public Map<String, Object> events(
            @QueryParam("after") @DefaultValue("0") String after,
            @QueryParam("limit") @DefaultValue("100") String limit) {
        long afterSeq;
        int size;
        try {
            afterSeq = Long.parseLong(after);
            size = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw ValidationException.of("after", "NOT_A_NUMBER", null, "after and limit are whole numbers");
        }
        FeedPage page = feed.read(ActorPrincipal.of(security), afterSeq, size);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(
                "items",
                page.items().stream()
                        .map(e -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("seq", e.seq());
                            m.put("at", Wire.instant(e.at()));
                            m.put("applicationId", e.applicationId().toString());
                            m.put("applicantUscc", e.applicantUscc().value());
                            m.put("type", e.type());
                            m.put("from", e.from());
                            m.put("to", e.to());
                            if (e.monitoringRequestId() != null) {
                                // R-POST-1: the request the event is about; from/to are its status
                                m.put(
                                        "monitoringRequestId",
                                        e.monitoringRequestId().toString());
                            }
                            return m;
                        })
                        .toList());
        result.put("next", page.next());
        return result;
    }

    @POST
    @Path("admin/clock")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> advance(JsonValue json) {
        Body body = Body.of(json, "advance");
        String text = body.requiredString("advance");
        body.done();
        Duration by;
        try {
            if (text.contains("T")) {
                by = Duration.parse(text);
            } else {
                var start = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
                by = Duration.between(start, start.plus(Period.parse(text)));
            }
        } catch (DateTimeParseException e) {
            throw ValidationException.of(
                    "advance", "DURATION_FORMAT", null, "advance is an ISO-8601 duration such as P6D, P1M or PT2H");
        } catch (java.time.DateTimeException | ArithmeticException e) {
            // a period no calendar can add (P999999999Y): out of the clock's range, not a crash
            throw ValidationException.of("advance", "OUT_OF_RANGE", null, "advance the clock by 1 second to 400 days");
        }
        var now = clock.advance(ActorPrincipal.of(security), by);
        // what the deadlines decided is recorded at once, not only at the scheduler's next minute
        int expired = expire.expireOverdue();
        int ended = endNotices.endDueNotices();
        return Map.of("now", Wire.instant(now), "returnsExpired", expired, "noticesEnded", ended);
    }
}
