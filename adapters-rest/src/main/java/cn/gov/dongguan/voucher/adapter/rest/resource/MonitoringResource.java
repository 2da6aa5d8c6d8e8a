package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.adapter.rest.security.ActorPrincipal;
import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.AnswerMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.IssueMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.MonitoringItem;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.AnswerKind;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestion;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.monitoring.SentAnswer;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Post-award monitoring (R-POST-1, api.md "Post-award monitoring"): the city bureau issues
 * requests, the portal lists, delivers and answers them, town officers read their own town's.
 */
@Path("/monitoring-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @Inject
    IssueMonitoringUseCase issue;

    @Inject
    AnswerMonitoringUseCase answer;

    @Inject
    ListMonitoringUseCase read;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(JsonValue json) {
        Body body = Body.of(json, "batch", "applicantUsccs", "title", "questions", "dueOn");
        String batchCode = body.requiredString("batch");
        BatchCode batch = batchCode == null ? null : body.attempt("batch", () -> BatchCode.of(batchCode));
        List<UnifiedSocialCreditCode> applicants =
                body.has("applicantUsccs") ? body.list("applicantUsccs", UnifiedSocialCreditCode::of) : null;
        String title = body.requiredString("title");
        if (!body.has("questions")) {
            body.refuse("questions", "REQUIRED", "R-POST-1", "questions is required");
        }
        List<MonitoringQuestion> questions = new ArrayList<>();
        boolean questionsValid = true;
        for (Body q : body.objects("questions", "key", "text", "kind")) {
            String key = q.requiredString("key");
            String text = q.requiredString("text");
            AnswerKind kind = q.requiredEnum("kind", AnswerKind.class, "R-POST-1");
            MonitoringQuestion question = key == null || text == null || kind == null
                    ? null
                    : q.attempt(null, () -> new MonitoringQuestion(key, text, kind));
            if (question == null) {
                questionsValid = false;
            } else {
                questions.add(question);
            }
        }
        var dueOn = body.requiredDate("dueOn");
        MonitoringQuestionnaire questionnaire = null;
        if (title != null && dueOn != null && questionsValid && body.has("questions")) {
            questionnaire = body.attempt(null, () -> new MonitoringQuestionnaire(title, questions, dueOn));
        }
        body.done();
        List<MonitoringItem> issued = issue.issue(ActorPrincipal.of(security), batch, applicants, questionnaire);
        return Response.status(Response.Status.CREATED)
                .entity(Map.of(
                        "items", issued.stream().map(MonitoringResource::json).toList()))
                .build();
    }

    @GET
    public Map<String, Object> list(
            @QueryParam("batch") String batch,
            @QueryParam("round") String round,
            @QueryParam("applicantUscc") String applicantUscc,
            @QueryParam("status") String status,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        int size = Http.limit(limit);
        MonitoringStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = MonitoringStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of(
                        "status", "UNKNOWN_CODE", "R-POST-1", "status must be OPEN, ANSWERED or OVERDUE");
            }
        }
        UUID roundId = null;
        if (round != null && !round.isBlank()) {
            try {
                roundId = UUID.fromString(round.strip());
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("round", "NOT_A_UUID", null, "round is the id of a round of requests");
            }
        }
        var page = read.list(
                ActorPrincipal.of(security),
                new ListMonitoringUseCase.ListQuery(
                        batch == null || batch.isBlank() ? null : BatchCode.of(batch.strip()),
                        roundId,
                        applicantUscc == null || applicantUscc.isBlank()
                                ? null
                                : UnifiedSocialCreditCode.of(applicantUscc.strip()),
                        wanted,
                        after,
                        size));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", page.items().stream().map(MonitoringResource::json).toList());
        result.put("next", page.next());
        return result;
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return json(read.get(ActorPrincipal.of(security), requestId(id)));
    }

    @PUT
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> answer(@PathParam("id") String id, JsonValue json) {
        UUID request = requestId(id);
        Body body = Body.of(json, "answers");
        JsonObject answers = body.rawObject("answers");
        if (answers == null && !body.has("answers")) {
            body.refuse("answers", "REQUIRED", "R-POST-1", "answers is required");
        }
        body.done();
        Map<String, SentAnswer> sent = new LinkedHashMap<>();
        answers.forEach((key, value) -> sent.put(key, sent(value)));
        return json(answer.answer(ActorPrincipal.of(security), request, sent));
    }

    /** A value as the portal sent it: a string, a number (as its literal), or anything else. */
    static SentAnswer sent(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> SentAnswer.string(((JsonString) value).getString());
            case NUMBER -> SentAnswer.number(((JsonNumber) value).toString());
            default -> SentAnswer.other(value.toString());
        };
    }

    /** An id that is not a UUID names no request: 404, like any unknown one. */
    static UUID requestId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("monitoring request " + id);
        }
    }

    /** The request as api.md lists it; answers in their kinds (numbers as JSON numbers, money and dates as strings). */
    static Map<String, Object> json(MonitoringItem item) {
        MonitoringRequest r = item.request();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("round", r.round().toString());
        m.put("batch", r.batch().value());
        m.put("applicantUscc", r.applicant().value());
        m.put("applicantName", r.funded().applicantName());
        m.put("town", r.town().value());
        m.put("applicationId", r.funded().applicationId().toString());
        m.put("title", r.title());
        m.put(
                "questions",
                r.questions().stream()
                        .map(q -> {
                            Map<String, Object> question = new LinkedHashMap<>();
                            question.put("key", q.key());
                            question.put("text", q.text());
                            question.put("kind", q.kind().name());
                            return question;
                        })
                        .toList());
        m.put("dueOn", Wire.date(r.dueOn()));
        m.put("issuedAt", Wire.instant(r.issuedAt()));
        m.put("status", item.status().name());
        m.put("late", r.late());
        m.put("answeredAt", r.answeredAt().map(Wire::instant).orElse(null));
        Map<String, Object> answers = new LinkedHashMap<>();
        for (MonitoringQuestion q : r.questions()) {
            String value = r.answers().get(q.key());
            if (value != null) {
                answers.put(q.key(), q.kind() == AnswerKind.NUMBER ? new BigDecimal(value) : value);
            }
        }
        m.put("answers", answers);
        return m;
    }
}
