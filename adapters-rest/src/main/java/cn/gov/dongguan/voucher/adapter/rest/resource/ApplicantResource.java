package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.ApplicantResponse;
import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.adapter.rest.security.ActorPrincipal;
import cn.gov.dongguan.voucher.application.port.in.GetApplicantUseCase;
import cn.gov.dongguan.voucher.application.port.in.LiftDisqualificationUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordCreditCheckUseCase;
import cn.gov.dongguan.voucher.application.port.in.RegisterApplicantUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertResult;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.BankDetails;
import cn.gov.dongguan.voucher.domain.applicant.ContactPerson;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.applicant.LegalRepresentative;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.EmailAddress;
import cn.gov.dongguan.voucher.domain.shared.MobileNumber;
import cn.gov.dongguan.voucher.domain.shared.ResidentIdNumber;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
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
import java.util.HashSet;
import java.util.Map;

/** Applicant units as the portal registers them, and their credit look-ups. */
@Path("/applicants/{uscc}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicantResource {

    @Inject
    RegisterApplicantUseCase register;

    @Inject
    GetApplicantUseCase getApplicant;

    @Inject
    RecordCreditCheckUseCase recordCredit;

    @Inject
    LiftDisqualificationUseCase liftDisqualification;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("uscc") String code, JsonValue json) {
        Body body = Body.of(
                json,
                "name",
                "category",
                "town",
                "registrationType",
                "address",
                "legalPerson",
                "legalRepresentative",
                "contact",
                "bank",
                "relatedParties",
                "declaresNoRelatedParty");
        UnifiedSocialCreditCode uscc = body.attempt("uscc", () -> UnifiedSocialCreditCode.of(code));
        String name = body.requiredString("name");
        ApplicantCategory category = body.requiredEnum("category", ApplicantCategory.class, "R-REF-2");
        String townText = body.requiredString("town");
        TownCode town = townText == null ? null : body.attempt("town", () -> TownCode.of(townText));
        String registrationType = body.string("registrationType");
        String address = body.string("address");
        boolean legalPerson = body.requiredBool("legalPerson");
        Body lr = body.requiredObject("legalRepresentative", "name", "idNumber", "mobile", "email");
        LegalRepresentative rep = lr == null
                ? null
                : lr.attempt(
                        null,
                        () -> new LegalRepresentative(
                                lr.requiredString("name"), ResidentIdNumber.of(lr.requiredString("idNumber")),
                                MobileNumber.of(lr.requiredString("mobile")), email(lr.string("email"))));
        Body c = body.requiredObject("contact", "name", "mobile", "email");
        ContactPerson contact = c == null
                ? null
                : c.attempt(
                        null,
                        () -> new ContactPerson(
                                c.requiredString("name"),
                                MobileNumber.of(c.requiredString("mobile")),
                                email(c.string("email"))));
        Body b = body.requiredObject("bank", "accountName", "bankName", "accountNumber");
        BankDetails bank = b == null
                ? null
                : b.attempt(
                        null,
                        () -> new BankDetails(
                                b.requiredString("accountName"),
                                b.requiredString("bankName"),
                                BankAccountNumber.of(b.requiredString("accountNumber"))));
        var related = body.list("relatedParties", UnifiedSocialCreditCode::of);
        boolean declares = body.requiredBool("declaresNoRelatedParty");
        body.done();
        ApplicantProfile profile = body.attempt(
                null,
                () -> new ApplicantProfile(
                        name,
                        category,
                        town,
                        registrationType,
                        address,
                        legalPerson,
                        rep,
                        contact,
                        bank,
                        new HashSet<>(related),
                        declares));
        body.done();
        UpsertResult<Applicant> result = register.register(ActorPrincipal.of(security), uscc, profile);
        return Http.upserted(result.outcome(), uri, ApplicantResponse.from(result.value()));
    }

    private static EmailAddress email(String text) {
        return text == null || text.isBlank() ? null : EmailAddress.of(text);
    }

    @GET
    public ApplicantResponse get(@PathParam("uscc") String code) {
        return ApplicantResponse.from(getApplicant.get(ActorPrincipal.of(security), UnifiedSocialCreditCode.of(code)));
    }

    /** R-FLOW-6: the city bureau lifts a disqualification with a reason; 409 when none is in force. */
    @POST
    @Path("disqualification/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicantResponse lift(@PathParam("uscc") String code, JsonValue json) {
        Body body = Body.of(json, "reason");
        UnifiedSocialCreditCode uscc = body.attempt("uscc", () -> UnifiedSocialCreditCode.of(code));
        String reason = body.string("reason");
        body.done();
        liftDisqualification.lift(ActorPrincipal.of(security), uscc, reason);
        return ApplicantResponse.from(getApplicant.get(ActorPrincipal.of(security), uscc));
    }

    @PUT
    @Path("credit-record")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response credit(@PathParam("uscc") String code, JsonValue json) {
        Body body = Body.of(json, "checkedOn", "listedOn");
        UnifiedSocialCreditCode uscc = body.attempt("uscc", () -> UnifiedSocialCreditCode.of(code));
        var checkedOn = body.requiredDate("checkedOn");
        var listed = body.enumList("listedOn", CreditList.class, "R-ELIG-4");
        body.done();
        CreditRecord record = body.attempt(null, () -> new CreditRecord(checkedOn, new HashSet<>(listed)));
        body.done();
        UpsertResult<CreditRecord> result = recordCredit.record(ActorPrincipal.of(security), uscc, record);
        return Http.upserted(
                result.outcome(),
                uri,
                Map.of(
                        "checkedOn",
                        Wire.date(record.checkedOn()),
                        "listedOn",
                        record.listedOn().stream().map(Enum::name).sorted().toList()));
    }
}
