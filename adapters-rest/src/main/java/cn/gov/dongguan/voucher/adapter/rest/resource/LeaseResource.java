package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.adapter.rest.security.ActorPrincipal;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Indexed;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.IngestResult;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Rejection;
import cn.gov.dongguan.voucher.application.port.in.UpsertInvoiceUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertLeaseUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertPaymentUseCase;
import cn.gov.dongguan.voucher.domain.lease.BillingMode;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceKind;
import cn.gov.dongguan.voucher.domain.lease.LeaseTerms;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.lease.PaymentMethod;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.lease.ProductType;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compute platform's pushes: leases, payments, invoices and usage records. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeaseResource {

    @Inject
    UpsertLeaseUseCase upsertLease;

    @Inject
    UpsertPaymentUseCase upsertPayment;

    @Inject
    UpsertInvoiceUseCase upsertInvoice;

    @Inject
    IngestUsageRecordsUseCase ingest;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @PUT
    @Path("leases/{orderNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lease(@PathParam("orderNo") String orderNo, JsonValue json) {
        Body body = Body.of(
                json,
                "applicantUscc",
                "contractNo",
                "productName",
                "productType",
                "resourceType",
                "billingMode",
                "quantity",
                "start",
                "end",
                "contractAmount",
                "local",
                "provider",
                "platformSealed",
                "otherFiscalFunding");
        OrderNumber order = body.attempt("orderNo", () -> OrderNumber.of(orderNo));
        String applicantText = body.requiredString("applicantUscc");
        UnifiedSocialCreditCode applicant = applicantText == null
                ? null
                : body.attempt("applicantUscc", () -> UnifiedSocialCreditCode.of(applicantText));
        String contractNo = body.requiredString("contractNo");
        String productName = body.requiredString("productName");
        ProductType productType = body.requiredEnum("productType", ProductType.class);
        String resourceType = body.string("resourceType");
        BillingMode billing = body.requiredEnum("billingMode", BillingMode.class);
        Integer quantity = body.requiredInteger("quantity");
        var start = body.dateOrInstant("start");
        var end = body.dateOrInstant("end");
        var amount = body.requiredMoney("contractAmount");
        boolean local = body.requiredBool("local");
        Body p = body.requiredObject("provider", "name", "uscc", "bankName", "accountNumber", "relatedParties");
        Provider provider = p == null
                ? null
                : p.attempt(
                        null,
                        () -> new Provider(
                                p.requiredString("name"),
                                UnifiedSocialCreditCode.of(p.requiredString("uscc")),
                                p.string("bankName"),
                                BankAccountNumber.of(p.requiredString("accountNumber")),
                                // R-ELIG-5: the units the provider declares tied to it (optional, default none)
                                new java.util.HashSet<>(p.list("relatedParties", UnifiedSocialCreditCode::of))));
        boolean sealed = body.requiredBool("platformSealed");
        boolean otherFunding = body.requiredBool("otherFiscalFunding");
        body.done();
        LeaseTerms terms = body.attempt(
                null,
                () -> new LeaseTerms(
                        applicant,
                        contractNo,
                        productName,
                        productType,
                        resourceType,
                        billing,
                        quantity,
                        start,
                        end,
                        amount,
                        local,
                        provider,
                        sealed,
                        otherFunding));
        body.done();
        Upsert outcome = upsertLease.upsert(ActorPrincipal.of(security), order, terms);
        return Http.upserted(outcome, uri, Map.of("orderNo", order.value(), "result", outcome.name()));
    }

    @PUT
    @Path("leases/{orderNo}/payments/{paymentRef}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response payment(
            @PathParam("orderNo") String orderNo, @PathParam("paymentRef") String paymentRef, JsonValue json) {
        Body body = Body.of(json, "paidOn", "amount", "method", "payerAccount", "payeeAccount");
        OrderNumber order = body.attempt("orderNo", () -> OrderNumber.of(orderNo));
        PaymentRef ref = body.attempt("paymentRef", () -> PaymentRef.of(paymentRef));
        var paidOn = body.requiredDate("paidOn");
        var amount = body.requiredMoney("amount");
        PaymentMethod method = body.requiredEnum("method", PaymentMethod.class);
        String payer = body.string("payerAccount");
        String payee = body.requiredString("payeeAccount");
        body.done();
        Payment payment = body.attempt(
                null,
                () -> new Payment(
                        ref,
                        paidOn,
                        amount,
                        method,
                        payer == null ? null : BankAccountNumber.of(payer),
                        BankAccountNumber.of(payee)));
        body.done();
        Upsert outcome = upsertPayment.upsert(ActorPrincipal.of(security), order, payment);
        return Http.upserted(
                outcome,
                uri,
                Map.of(
                        "orderNo",
                        order.value(),
                        "paymentRef",
                        ref.value(),
                        "amount",
                        Wire.money(amount),
                        "result",
                        outcome.name()));
    }

    @PUT
    @Path("leases/{orderNo}/invoices/{invoiceNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invoice(
            @PathParam("orderNo") String orderNo, @PathParam("invoiceNo") String invoiceNo, JsonValue json) {
        Body body = Body.of(json, "invoiceCode", "issuedOn", "amount", "copy", "kind", "issuerUscc");
        OrderNumber order = body.attempt("orderNo", () -> OrderNumber.of(orderNo));
        String code = body.string("invoiceCode");
        InvoiceId id = body.attempt("invoiceNo", () -> InvoiceId.of(code, invoiceNo));
        var issuedOn = body.requiredDate("issuedOn");
        var amount = body.requiredMoney("amount");
        InvoiceCopy copy = body.requiredEnum("copy", InvoiceCopy.class);
        InvoiceKind kind = body.requiredEnum("kind", InvoiceKind.class);
        String issuer = body.string("issuerUscc");
        body.done();
        Invoice invoice = body.attempt(
                null,
                () -> new Invoice(
                        id, issuedOn, amount, copy, kind, issuer == null ? null : UnifiedSocialCreditCode.of(issuer)));
        body.done();
        Upsert outcome = upsertInvoice.upsert(ActorPrincipal.of(security), order, invoice);
        return Http.upserted(
                outcome,
                uri,
                Map.of(
                        "orderNo",
                        order.value(),
                        "invoiceNo",
                        id.number(),
                        "amount",
                        Wire.money(amount),
                        "result",
                        outcome.name()));
    }

    @POST
    @Path("usage-records")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> usage(JsonValue json) {
        if (json == null || json.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new cn.gov.dongguan.voucher.adapter.rest.json.MalformedBodyException(
                    "the request body must be a JSON array of usage records");
        }
        JsonArray array = json.asJsonArray();
        if (array.size() > IngestUsageRecordsUseCase.MAX_RECORDS) {
            throw ValidationException.of(
                    null,
                    "TOO_MANY_RECORDS",
                    null,
                    "at most " + IngestUsageRecordsUseCase.MAX_RECORDS + " records per request");
        }
        List<Indexed> records = new ArrayList<>();
        List<Rejection> malformed = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                Body r = Body.of(
                        array.get(i), "recordId", "orderNo", "periodStart", "periodEnd", "cardHours", "utilisation");
                String recordId = r.requiredString("recordId");
                String orderText = r.requiredString("orderNo");
                var start = r.instantOrDate("periodStart", false);
                var end = r.instantOrDate("periodEnd", true);
                BigDecimal hours = r.decimal("cardHours", true);
                BigDecimal utilisation = r.decimal("utilisation", false);
                r.done();
                UsageRecord record = r.attempt(
                        null,
                        () -> new UsageRecord(recordId, OrderNumber.of(orderText), start, end, hours, utilisation));
                r.done();
                records.add(new Indexed(i, record));
            } catch (DomainException e) {
                malformed.add(new Rejection(i, e.violations()));
            } catch (cn.gov.dongguan.voucher.adapter.rest.json.MalformedBodyException e) {
                malformed.add(new Rejection(i, List.of(Violation.of(null, "NOT_AN_OBJECT", null, e.getMessage()))));
            }
        }
        IngestResult result = ingest.ingest(ActorPrincipal.of(security), records, malformed);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("accepted", result.accepted());
        response.put("duplicates", result.duplicates());
        response.put(
                "rejected",
                result.rejected().stream()
                        .map(r -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("index", r.index());
                            m.put(
                                    "errors",
                                    r.errors().stream()
                                            .map(v -> {
                                                Map<String, Object> e = new LinkedHashMap<>();
                                                e.put("field", v.field());
                                                e.put("code", v.code());
                                                e.put("rule", v.rule());
                                                e.put("message", v.message());
                                                return e;
                                            })
                                            .toList());
                            return m;
                        })
                        .toList());
        return response;
    }
}
