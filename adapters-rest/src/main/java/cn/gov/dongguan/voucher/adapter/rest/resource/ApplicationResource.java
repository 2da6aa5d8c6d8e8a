package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.ApplicationResponse;
import cn.gov.dongguan.voucher.adapter.rest.dto.CalculationResponse;
import cn.gov.dongguan.voucher.adapter.rest.dto.SummaryResponse;
import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.export.ApplicationFormPdf;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.adapter.rest.security.ActorPrincipal;
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.AttachMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.CreateApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase.MaterialContent;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetCalculationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ApplicationPage;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ListQuery;
import cn.gov.dongguan.voucher.application.port.in.ListObjectionsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ResubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.SubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.WithdrawApplicationUseCase;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationContent;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Declarations;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import cn.gov.dongguan.voucher.domain.filing.Outcomes;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.ApplicationDomain;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.UsagePurpose;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Applications: filing, materials, submission, review actions, lists and the printable form. */
@Path("/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    /** A little more than 20 MiB: the multipart envelope around the largest accepted file. */
    static final long MAX_UPLOAD_REQUEST = Material.MAX_SIZE + 64 * 1024;

    @Inject
    CreateApplicationUseCase create;

    @Inject
    GetApplicationUseCase getApplication;

    @Inject
    cn.gov.dongguan.voucher.application.port.in.GetApplicationFormUseCase applicationForm;

    @Inject
    GetCalculationUseCase calculation;

    @Inject
    AttachMaterialUseCase attach;

    @Inject
    DownloadMaterialUseCase download;

    @Inject
    SubmitApplicationUseCase submit;

    @Inject
    ResubmitApplicationUseCase resubmit;

    @Inject
    WithdrawApplicationUseCase withdraw;

    @Inject
    ReviewApplicationUseCase review;

    @Inject
    ListObjectionsUseCase listObjections;

    @Inject
    ListApplicationsUseCase list;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    private static Response withEtag(ApplicationDetails details, Response.ResponseBuilder builder) {
        return builder.entity(ApplicationResponse.from(details))
                .tag(Http.etag(details.application().version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue json) {
        Body body = Body.of(
                json,
                "batch",
                "applicantUscc",
                "projectName",
                "leaseOrderNos",
                "purposes",
                "purposeOther",
                "domains",
                "domainOther",
                "outcomes",
                "declarations");
        String batchText = body.requiredString("batch");
        BatchCode batch = batchText == null ? null : body.attempt("batch", () -> BatchCode.of(batchText));
        String usccText = body.requiredString("applicantUscc");
        UnifiedSocialCreditCode uscc =
                usccText == null ? null : body.attempt("applicantUscc", () -> UnifiedSocialCreditCode.of(usccText));
        String projectName = body.requiredString("projectName");
        var leases = body.list("leaseOrderNos", OrderNumber::of);
        var purposes = body.enumList("purposes", UsagePurpose.class, "R-REF-3");
        String purposeOther = body.string("purposeOther");
        var domains = body.enumList("domains", ApplicationDomain.class, "R-REF-4");
        String domainOther = body.string("domainOther");
        Body o = body.object("outcomes", "modelIncubation", "majorProject", "other");
        Outcomes outcomes = o == null
                ? Outcomes.NONE
                : o.attempt(
                        null,
                        () -> new Outcomes(o.string("modelIncubation"), o.string("majorProject"), o.string("other")));
        Body d = body.object("declarations", "authenticityPledge", "noRelatedParty", "noOtherFiscalFunding");
        Declarations declarations = d == null
                ? Declarations.NONE
                : new Declarations(
                        Boolean.TRUE.equals(d.bool("authenticityPledge")),
                        Boolean.TRUE.equals(d.bool("noRelatedParty")),
                        Boolean.TRUE.equals(d.bool("noOtherFiscalFunding")));
        body.done();
        ApplicationContent content = body.attempt(
                null,
                () -> new ApplicationContent(
                        projectName,
                        leases,
                        new HashSet<>(purposes),
                        purposeOther,
                        new HashSet<>(domains),
                        domainOther,
                        outcomes,
                        declarations));
        body.done();
        ApplicationDetails details = create.create(ActorPrincipal.of(security), batch, uscc, content);
        return withEtag(
                details,
                Response.created(uri.getAbsolutePathBuilder()
                        .path(details.application().id().toString())
                        .build()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(getApplication.get(ActorPrincipal.of(security), applicationId(id)), Response.ok());
    }

    @GET
    @Path("{id}/calculation")
    public CalculationResponse calculation(@PathParam("id") String id) {
        return CalculationResponse.from(calculation.calculation(ActorPrincipal.of(security), applicationId(id)));
    }

    @PUT
    @Path("{id}/materials/{type}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @PathParam("id") String id,
            @PathParam("type") String type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            @FormParam("file") EntityPart file) {
        if (length != null && length > MAX_UPLOAD_REQUEST) {
            throw new cn.gov.dongguan.voucher.application.ContentTooLargeException(Material.MAX_SIZE);
        }
        MaterialType materialType = materialType(type);
        if (file == null) {
            throw ValidationException.of("file", "REQUIRED", null, "the multipart field 'file' is required");
        }
        String fileName = file.getFileName()
                .map(ApplicationResource::utf8)
                .orElse(materialType.name().toLowerCase(Locale.ROOT));
        Material material = attach.attach(
                ActorPrincipal.of(security), applicationId(id), materialType, fileName, file.getContent());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", material.type().name());
        body.put("fileName", material.fileName());
        body.put("sha256", material.sha256());
        body.put("size", material.size());
        body.put("uploadedAt", Wire.instant(material.uploadedAt()));
        return Response.created(uri.getRequestUri()).entity(body).build();
    }

    /**
     * Multipart file names arrive as UTF-8 bytes read as ISO-8859-1 by the container; read them as
     * the UTF-8 the browser and partner systems send. A name that is not valid UTF-8 stays as it is.
     */
    static String utf8(String name) {
        if (name.chars().allMatch(c -> c < 256)) {
            byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return name;
            }
        }
        return name;
    }

    /** An id that is not even a UUID names no application: 404, like any unknown one. */
    static ApplicationId applicationId(String id) {
        try {
            return new ApplicationId(java.util.UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new cn.gov.dongguan.voucher.application.NotFoundException("application " + id);
        }
    }

    static MaterialType materialType(String type) {
        try {
            return MaterialType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(
                    "type",
                    "UNKNOWN_MATERIAL_TYPE",
                    "R-REF-6",
                    "material type must be one of " + java.util.Arrays.toString(MaterialType.values()));
        }
    }

    @GET
    @Path("{id}/materials/{type}")
    @Produces(MediaType.WILDCARD)
    public Response material(@PathParam("id") String id, @PathParam("type") String type) {
        MaterialContent content = download.open(ActorPrincipal.of(security), applicationId(id), materialType(type));
        StreamingOutput stream = out -> {
            try (InputStream in = content.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(stream, content.mediaType())
                .header("Content-Disposition", attachment(content.material().fileName()))
                .header("Content-Length", content.material().size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @POST
    @Path("{id}/submit")
    public Response submit(@PathParam("id") String id) {
        return withEtag(submit.submit(ActorPrincipal.of(security), applicationId(id)), Response.ok());
    }

    @POST
    @Path("{id}/resubmit")
    public Response resubmit(@PathParam("id") String id) {
        return withEtag(resubmit.resubmit(ActorPrincipal.of(security), applicationId(id)), Response.ok());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response withdraw(@PathParam("id") String id, String raw) {
        String reason = null;
        if (raw != null && !raw.isBlank()) {
            Body body = Body.of(
                    cn.gov.dongguan.voucher.adapter.rest.json.StrictJson.provider()
                            .createReader(new java.io.StringReader(raw))
                            .readValue(),
                    "reason");
            reason = body.string("reason");
            body.done();
        }
        return withEtag(withdraw.withdraw(ActorPrincipal.of(security), applicationId(id), reason), Response.ok());
    }

    /** R-OBJ-1: the objections filed against an application, with text and contact (city bureau). */
    @GET
    @Path("{id}/objections")
    public List<Map<String, Object>> objections(@PathParam("id") String id) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Objection o : listObjections.objections(ActorPrincipal.of(security), applicationId(id))) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("id", o.id().toString());
            row.put("filedAt", Wire.instant(o.receivedAt()));
            row.put("text", o.text());
            row.put("contact", o.contact());
            row.put("status", o.status().name());
            row.put("decidedAt", o.decidedAt() == null ? null : Wire.instant(o.decidedAt()));
            row.put("decidedBy", o.decidedBy());
            row.put("reason", o.reason());
            rows.add(row);
        }
        return rows;
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response act(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonValue json) {
        long version = Http.ifMatch(ifMatch);
        Body body = Body.of(
                json,
                "action",
                "reason",
                "returnItems",
                "verifiedAmount",
                "legalRepConfirmation",
                "paperDossierReceived",
                "bankReference",
                "paidOn",
                "originalsChecked",
                "seriousFraud",
                "objectionId");
        ReviewAction action = body.requiredEnum("action", ReviewAction.class);
        String reason = body.string("reason");
        var items = body.enumList("returnItems", MaterialType.class, "R-REF-6");
        Money verified = body.money("verifiedAmount");
        LegalRepConfirmation confirmation =
                body.enumValue("legalRepConfirmation", LegalRepConfirmation.class, "R-FLOW-5");
        Boolean dossier = body.bool("paperDossierReceived");
        String bankReference = body.string("bankReference");
        var paidOn = body.date("paidOn");
        // R-FLOW-9: the check of the originals is a required answer of the final review, never assumed
        Boolean originals = body.bool("originalsChecked");
        Boolean serious = body.bool("seriousFraud");
        String objection = body.string("objectionId");
        java.util.UUID objectionId = objection == null
                ? null
                : body.attempt("objectionId", () -> {
                    try {
                        return java.util.UUID.fromString(objection);
                    } catch (IllegalArgumentException e) {
                        throw cn.gov.dongguan.voucher.domain.shared.ValidationException.of(
                                "objectionId", "NOT_AN_ID", "R-OBJ-1", "objectionId is not an objection's id");
                    }
                });
        // which of these the action takes is decided by the command, once for every adapter
        ReviewCommand.Fields fields = new ReviewCommand.Fields(
                reason, items, verified, confirmation, dossier, originals, bankReference, paidOn, serious, objectionId);
        body.done();
        ApplicationDetails details =
                review.act(ActorPrincipal.of(security), applicationId(id), version, ReviewCommand.of(action, fields));
        return withEtag(details, Response.ok());
    }

    @GET
    public Map<String, Object> list(
            @QueryParam("batch") String batch,
            @QueryParam("stage") String stage,
            @QueryParam("town") String town,
            @QueryParam("category") String category,
            @QueryParam("minSubsidy") String minSubsidy,
            @QueryParam("maxSubsidy") String maxSubsidy,
            @QueryParam("q") String text,
            @QueryParam("sort") String sort,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        int size = Http.limit(limit);
        Set<ReviewStage> stages = new HashSet<>();
        if (stage != null && !stage.isBlank()) {
            for (String s : stage.split(",")) {
                stages.add(code("stage", s, ReviewStage.class));
            }
        }
        boolean descending = sort != null && sort.startsWith("-");
        ApplicationSort by = sort == null || sort.isBlank()
                ? ApplicationSort.CREATED_AT
                : sortField(descending ? sort.substring(1) : sort);
        ApplicationPage page = list.list(
                ActorPrincipal.of(security),
                new ListQuery(
                        batch == null || batch.isBlank() ? null : BatchCode.of(batch),
                        stages,
                        town == null || town.isBlank() ? null : TownCode.of(town),
                        category == null || category.isBlank()
                                ? null
                                : code("category", category, ApplicantCategory.class),
                        minSubsidy == null ? null : Money.of(minSubsidy),
                        maxSubsidy == null ? null : Money.of(maxSubsidy),
                        text,
                        by,
                        descending,
                        after,
                        size));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", page.items().stream().map(SummaryResponse::from).toList());
        result.put("next", page.next());
        return result;
    }

    private static ApplicationSort sortField(String name) {
        return switch (name) {
            case "createdAt" -> ApplicationSort.CREATED_AT;
            case "updatedAt" -> ApplicationSort.UPDATED_AT;
            case "subsidy" -> ApplicationSort.SUBSIDY;
            case "applicantName" -> ApplicationSort.APPLICANT_NAME;
            default ->
                throw ValidationException.of(
                        "sort",
                        "UNKNOWN_SORT",
                        null,
                        "sort must be one of createdAt, updatedAt, subsidy, applicantName (prefix - for descending)");
        };
    }

    private static <E extends Enum<E>> E code(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(
                    field,
                    "UNKNOWN_CODE",
                    null,
                    field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    @GET
    @Path("{id}/form.pdf")
    @Produces("application/pdf")
    public Response form(@PathParam("id") String id) {
        var form = applicationForm.form(ActorPrincipal.of(security), applicationId(id));
        byte[] pdf = ApplicationFormPdf.render(form);
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        attachment("申请表-" + form.details().application().id() + ".pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
