package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.BatchResponse;
import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.adapter.rest.json.JsonBytes;
import cn.gov.dongguan.voucher.adapter.rest.security.ActorPrincipal;
import cn.gov.dongguan.voucher.application.port.in.BatchStepResult;
import cn.gov.dongguan.voucher.application.port.in.ChangeBatchPolicyUseCase;
import cn.gov.dongguan.voucher.application.port.in.CommitAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.DefineBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.DefineBatchUseCase.DefineBatchCommand;
import cn.gov.dongguan.voucher.application.port.in.GetBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.in.PublishNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordApprovalUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReportPlanUseCase;
import cn.gov.dongguan.voucher.application.port.in.SimulateAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertResult;
import cn.gov.dongguan.voucher.domain.allocation.AllocationOutcome;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.batch.AllocationCommitment;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Batches, their policy, and the batch-wide steps: allocation, notice, report, approval. */
@Path("/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    GetBatchUseCase getBatch;

    @Inject
    ListBatchesUseCase listBatches;

    @Inject
    DefineBatchUseCase defineBatch;

    @Inject
    ChangeBatchPolicyUseCase changePolicy;

    @Inject
    SimulateAllocationUseCase simulate;

    @Inject
    CommitAllocationUseCase commit;

    @Inject
    PublishNoticeUseCase publishNotice;

    @Inject
    ReportPlanUseCase reportPlan;

    @Inject
    RecordApprovalUseCase recordApproval;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    public List<BatchResponse> list() {
        return listBatches.list(ActorPrincipal.of(security)).stream()
                .map(BatchResponse::from)
                .toList();
    }

    @GET
    @Path("{code}")
    public BatchResponse get(@PathParam("code") String code) {
        return BatchResponse.from(getBatch.get(ActorPrincipal.of(security), BatchCode.of(code)));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@PathParam("code") String code, JsonValue json) {
        Body body = Body.of(
                json,
                "title",
                "fundingYear",
                "windowStart",
                "windowEnd",
                "submissionDeadline",
                "ratio",
                "annualCap",
                "minimumPayment",
                "budget",
                "noticePeriodDays",
                "resubmitDays");
        BatchCode batchCode = body.attempt("code", () -> BatchCode.of(code));
        String title = body.requiredString("title");
        Integer year = body.requiredInteger("fundingYear");
        var start = body.requiredDate("windowStart");
        var end = body.requiredDate("windowEnd");
        var deadline = body.requiredInstant("submissionDeadline");
        Ratio ratio = ratio(body, "ratio", true);
        Money cap = body.requiredMoney("annualCap");
        Money minimum = body.requiredMoney("minimumPayment");
        Money budget = body.requiredMoney("budget");
        Integer notice = body.requiredInteger("noticePeriodDays");
        Integer resubmit = body.requiredInteger("resubmitDays");
        body.done();
        AccountingWindow window = body.attempt("windowEnd", () -> new AccountingWindow(start, end));
        BatchPolicy policy =
                body.attempt(null, () -> new BatchPolicy(ratio, cap, minimum, budget, deadline, notice, resubmit));
        body.done();
        UpsertResult<Batch> result = defineBatch.define(
                ActorPrincipal.of(security), new DefineBatchCommand(batchCode, title, year, window, policy));
        return Http.upserted(result.outcome(), uri, BatchResponse.from(result.value()));
    }

    static Ratio ratio(Body body, String field, boolean required) {
        String text = required ? body.requiredString(field) : body.string(field);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d(\\.\\d{1,4})?")) {
            body.attempt(field, () -> {
                throw cn.gov.dongguan.voucher.domain.shared.ValidationException.of(
                        field,
                        "RATIO_FORMAT",
                        null,
                        "ratio must be a decimal string such as \"0.50\" (at most 4 fraction digits)");
            });
            return null;
        }
        return body.attempt(field, () -> new Ratio(new BigDecimal(text)));
    }

    @PUT
    @Path("{code}/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public BatchResponse policy(@PathParam("code") String code, JsonValue json) {
        Body body = Body.of(
                json,
                "ratio",
                "annualCap",
                "budget",
                "minimumPayment",
                "submissionDeadline",
                "noticePeriodDays",
                "creditCheckMaxAgeDays");
        PolicyChange change = new PolicyChange(
                ratio(body, "ratio", false),
                body.money("annualCap"),
                body.money("budget"),
                body.money("minimumPayment"),
                body.instant("submissionDeadline"),
                body.integer("noticePeriodDays"),
                null,
                body.integer("creditCheckMaxAgeDays"));
        body.done();
        return BatchResponse.from(changePolicy.change(ActorPrincipal.of(security), BatchCode.of(code), change));
    }

    /**
     * The three modes' outcomes, every application in each, written to the response as they are
     * generated (issue 12): the 300,000 rows of a batch of 100,000 are never built as a document first.
     */
    @GET
    @Path("{code}/allocation-simulation")
    public Response simulation(@PathParam("code") String code) {
        AllocationSimulation s = simulate.simulate(ActorPrincipal.of(security), BatchCode.of(code));
        // 300,000 rows for 100,000 applications: written as they are read, as bytes (JsonBytes)
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            try (JsonBytes w = new JsonBytes(out)) {
                w.raw("{").key("requested").string(Wire.money(s.requested()));
                w.raw(",").key("budget").string(Wire.money(s.budget()));
                w.raw(",").key("oversubscribed").raw(Boolean.toString(s.oversubscribed()));
                w.raw(",").key("modes").raw("{");
                outcome(w, "RATIO", s.ratio(), true, false);
                w.raw(",");
                outcome(w, "CAP", s.cap(), false, true);
                w.raw(",");
                outcome(w, "FIRST_COME", s.firstCome(), false, false);
                w.raw("}}");
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }

    private static void outcome(JsonBytes w, String mode, AllocationOutcome o, boolean withRatio, boolean withCap)
            throws java.io.IOException {
        w.key(mode).raw("{");
        if (withRatio) {
            w.key("ratio").string(o.ratio().toString()).raw(",");
        }
        if (withCap) {
            w.key("cap").string(Wire.money(o.cap())).raw(",");
        }
        w.key("total").string(Wire.money(o.total()));
        w.raw(",").key("rows").raw("[");
        boolean first = true;
        for (var r : o.rows()) {
            w.raw(first ? "{" : ",{");
            first = false;
            w.key("applicationId").string(r.applicationId().toString());
            w.raw(",").key("uscc").string(r.uscc().value());
            w.raw(",").key("name").string(r.name());
            w.raw(",").key("requested").string(Wire.money(r.requested()));
            w.raw(",").key("allocated").string(Wire.money(r.allocated()));
            w.raw("}");
        }
        w.raw("]}");
    }

    @POST
    @Path("{code}/allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public BatchResponse.Allocation allocate(@PathParam("code") String code, JsonValue json) {
        Body body = Body.of(json, "mode");
        AllocationMode mode = body.requiredEnum("mode", AllocationMode.class, "R-CALC-9");
        body.done();
        AllocationCommitment a = commit.commit(ActorPrincipal.of(security), BatchCode.of(code), mode);
        return new BatchResponse.Allocation(
                a.mode().name(),
                Wire.instant(a.committedAt()),
                a.ratio().toString(),
                Wire.money(a.cap()),
                Wire.money(a.total()));
    }

    @POST
    @Path("{code}/notice")
    public Map<String, Object> notice(@PathParam("code") String code) {
        return step(publishNotice.publish(ActorPrincipal.of(security), BatchCode.of(code)));
    }

    @POST
    @Path("{code}/report")
    public Map<String, Object> report(@PathParam("code") String code) {
        return step(reportPlan.report(ActorPrincipal.of(security), BatchCode.of(code)));
    }

    @POST
    @Path("{code}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> approval(@PathParam("code") String code, JsonValue json) {
        Body body = Body.of(json, "approvedOn", "documentNo");
        var on = body.requiredDate("approvedOn");
        String documentNo = body.requiredString("documentNo");
        body.done();
        return step(recordApproval.approve(ActorPrincipal.of(security), BatchCode.of(code), on, documentNo));
    }

    private static Map<String, Object> step(BatchStepResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", r.batch().value());
        m.put("stage", r.to().name());
        m.put("moved", r.moved());
        return m;
    }
}
