package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Indexed;
import cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase.ReviewRequest;
import cn.gov.dongguan.voucher.application.testing.InMemorySystem;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
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

/** Steps of the programme as the partner systems and officers take them, over the in-memory system. */
class Scenario {

    static final Actor PORTAL = Actor.of("portal", Role.PORTAL);
    static final Actor PLATFORM = Actor.of("platform", Role.PLATFORM);
    static final Actor CITY = Actor.of("city", Role.CITY_OFFICER);
    static final Actor TOWN_DONGCHENG = Actor.townOfficer("town-dongcheng", DomainFixtures.DONGCHENG);
    static final Actor TOWN_SONGSHANHU = Actor.townOfficer("town-songshanhu", DomainFixtures.SONGSHANHU);
    static final Actor EXPERT = Actor.of("expert", Role.EXPERT);
    static final Actor FUND = Actor.of("fund", Role.FUND_MANAGER);
    static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    final InMemorySystem system = new InMemorySystem();
    final Batch batch = DomainFixtures.batch2025();

    Scenario() {
        system.withBatch(batch);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    /** Registers an applicant in a town, pushes one sealed lease with the given payments (each invoiced in full). */
    UnifiedSocialCreditCode applicantWithLease(int n, TownCode town, String orderNo, String... payments) {
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(n);
        ApplicantProfile profile = DomainFixtures.profile(town, ApplicantCategory.MANUFACTURING);
        system.services.applicants().register(PORTAL, uscc, profile);
        system.services.leases().upsert(PLATFORM, OrderNumber.of(orderNo), DomainFixtures.terms(uscc));
        for (int i = 0; i < payments.length; i++) {
            system.services.leases().upsert(PLATFORM, OrderNumber.of(orderNo),
                    DomainFixtures.payment("P" + i, "2025-0" + (i + 1) + "-10", payments[i]));
            system.services.leases().upsert(PLATFORM, OrderNumber.of(orderNo),
                    DomainFixtures.invoice(n * 100 + i, payments[i]));
        }
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        system.services.leases().ingest(PLATFORM, List.of(new Indexed(0, new UsageRecord("U-" + orderNo,
                OrderNumber.of(orderNo), start, start.plusSeconds(3600 * 24), new BigDecimal("192"),
                new BigDecimal("80")))), List.of());
        return uscc;
    }

    ApplicationId file(UnifiedSocialCreditCode uscc, String... orderNos) {
        return system.services.applications().create(PORTAL, batch.code(), uscc,
                DomainFixtures.content(java.util.Arrays.stream(orderNos).map(OrderNumber::of).toList())).application().id();
    }

    void attachAll(ApplicationId id) {
        for (MaterialType type : MaterialType.values()) {
            if (type.isRequiredFor(ApplicantCategory.MANUFACTURING)) {
                system.services.applications().attach(PORTAL, id, type, type.nameZh() + ".pdf",
                        new ByteArrayInputStream(pdf(type.name())));
            }
        }
    }

    ApplicationId submitted(int n, TownCode town, String... payments) {
        String orderNo = "ORD-" + n;
        UnifiedSocialCreditCode uscc = applicantWithLease(n, town, orderNo, payments);
        ApplicationId id = file(uscc, orderNo);
        attachAll(id);
        system.services.applications().submit(PORTAL, id);
        return id;
    }

    long version(ApplicationId id) {
        return system.services.applications().get(CITY, id).application().version();
    }

    ApplicationDetails act(Actor actor, ApplicationId id, ReviewRequest request) {
        return system.services.applications().act(actor, id, version(id), request);
    }

    static ReviewRequest request(ReviewAction action) {
        return ReviewRequest.of(action);
    }

    /** Takes a submitted application through eligibility, formal, town and final review. */
    ApplicationDetails reviewed(ApplicationId id, Actor townOfficer, String verified) {
        act(CITY, id, request(ReviewAction.OPEN));
        act(CITY, id, request(ReviewAction.PASS));
        act(CITY, id, request(ReviewAction.PASS));
        act(townOfficer, id, new ReviewRequest(ReviewAction.PASS, null, List.of(), null, null, true, null, null, null,
                false));
        return act(EXPERT, id, new ReviewRequest(ReviewAction.PASS, null, List.of(), Money.of(verified),
                LegalRepConfirmation.SIGNATURE, null, true, null, null, false));
    }
}
