package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Indexed;
import cn.gov.dongguan.voucher.application.service.Services;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Steps of the programme as the partner systems and officers take them, over any assembly of the
 * services: in-memory or on a real database. Applicant numbers start at {@code applicantBase} so
 * that scenarios sharing one database never collide.
 */
public class ProgrammeScenario {

    public static final Actor PORTAL = Actor.of("portal", Role.PORTAL);
    public static final Actor PLATFORM = Actor.of("platform", Role.PLATFORM);
    public static final Actor CITY = Actor.of("city", Role.CITY_OFFICER);
    public static final Actor TOWN_DONGCHENG = Actor.townOfficer("town-dongcheng", DomainFixtures.DONGCHENG);
    public static final Actor TOWN_SONGSHANHU = Actor.townOfficer("town-songshanhu", DomainFixtures.SONGSHANHU);
    public static final Actor EXPERT = Actor.of("expert", Role.EXPERT);
    public static final Actor FUND = Actor.of("fund", Role.FUND_MANAGER);
    public static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    public final Services services;
    public final Batch batch;
    private final int applicantBase;

    public ProgrammeScenario(Services services, Batch batch, int applicantBase) {
        this.services = services;
        this.batch = batch;
        this.applicantBase = applicantBase;
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    /** Registers an applicant in a town, pushes one sealed lease with the given payments (each invoiced in full). */
    public UnifiedSocialCreditCode applicantWithLease(int n, TownCode town, String orderNo, String... payments) {
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(applicantBase + n);
        ApplicantProfile profile = DomainFixtures.profile(town, ApplicantCategory.MANUFACTURING);
        services.applicants().register(PORTAL, uscc, profile);
        services.leases().upsert(PLATFORM, OrderNumber.of(orderNo), DomainFixtures.terms(uscc));
        for (int i = 0; i < payments.length; i++) {
            services.leases()
                    .upsert(
                            PLATFORM,
                            OrderNumber.of(orderNo),
                            DomainFixtures.payment("P" + i, "2025-0" + (i + 1) + "-10", payments[i]));
            services.leases()
                    .upsert(
                            PLATFORM,
                            OrderNumber.of(orderNo),
                            DomainFixtures.invoice((applicantBase + n) * 100 + i, payments[i]));
        }
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        services.leases()
                .ingest(
                        PLATFORM,
                        List.of(new Indexed(
                                0,
                                new UsageRecord(
                                        "U-" + orderNo,
                                        OrderNumber.of(orderNo),
                                        start,
                                        start.plusSeconds(3600 * 24),
                                        new BigDecimal("192"),
                                        new BigDecimal("80")))),
                        List.of());
        return uscc;
    }

    public ApplicationId file(UnifiedSocialCreditCode uscc, String... orderNos) {
        return services.filing()
                .create(
                        PORTAL,
                        batch.code(),
                        uscc,
                        DomainFixtures.content(java.util.Arrays.stream(orderNos)
                                .map(OrderNumber::of)
                                .toList()))
                .application()
                .id();
    }

    public void attachAll(ApplicationId id) {
        for (MaterialType type : MaterialType.values()) {
            if (type.isRequiredFor(ApplicantCategory.MANUFACTURING)) {
                services.filing()
                        .attach(PORTAL, id, type, type.nameZh() + ".pdf", new ByteArrayInputStream(pdf(type.name())));
            }
        }
    }

    public ApplicationId submitted(int n, TownCode town, String... payments) {
        String orderNo = "ORD-" + (applicantBase + n);
        UnifiedSocialCreditCode uscc = applicantWithLease(n, town, orderNo, payments);
        ApplicationId id = file(uscc, orderNo);
        attachAll(id);
        services.filing().submit(PORTAL, id);
        return id;
    }

    /** Applicant {@code n} of this scenario has the credit code {@code dongguanEnterprise(applicantBase() + n)}. */
    public int applicantBase() {
        return applicantBase;
    }

    public long version(ApplicationId id) {
        return services.reading().get(CITY, id).application().version();
    }

    public ApplicationDetails act(Actor actor, ApplicationId id, ReviewCommand command) {
        return services.review().act(actor, id, version(id), command);
    }

    /** The command of an action that carries nothing (as a partner sends {@code {"action": …}} alone). */
    public static ReviewCommand request(ReviewAction action) {
        return ReviewCommand.of(action, ReviewCommand.Fields.none());
    }

    /** The city bureau records a fresh, clean credit look-up of the application's applicant (R-ELIG-4, R-FLOW-10). */
    public void freshCreditCheck(ApplicationId id, java.time.LocalDate on) {
        UnifiedSocialCreditCode uscc =
                services.reading().get(CITY, id).applicant().uscc();
        services.applicants()
                .record(CITY, uscc, new cn.gov.dongguan.voucher.domain.applicant.CreditRecord(on, java.util.Set.of()));
    }

    /** Takes a submitted application through eligibility, formal, town and final review. */
    public ApplicationDetails reviewed(ApplicationId id, Actor townOfficer, String verified) {
        act(CITY, id, request(ReviewAction.OPEN));
        act(CITY, id, request(ReviewAction.PASS));
        act(CITY, id, request(ReviewAction.PASS));
        act(townOfficer, id, new ReviewCommand.TownPass(true));
        return act(EXPERT, id, new ReviewCommand.FinalPass(Money.of(verified), LegalRepConfirmation.SIGNATURE, true));
    }
}
