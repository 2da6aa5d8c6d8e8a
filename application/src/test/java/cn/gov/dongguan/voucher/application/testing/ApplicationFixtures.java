package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.filing.ReviewFacts;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Applications built through the real domain moves, up to any stage, for repository contracts. */
public final class ApplicationFixtures {

    public static final Actor PORTAL = Actor.of("portal", Role.PORTAL);
    public static final Actor CITY = Actor.of("city", Role.CITY_OFFICER);
    public static final Actor EXPERT = Actor.of("expert", Role.EXPERT);
    public static final Actor FUND = Actor.of("fund", Role.FUND_MANAGER);

    private ApplicationFixtures() {}

    /** A draft with every required material, created at {@code at}. */
    public static Application draft(
            UnifiedSocialCreditCode uscc, Batch batch, TownCode town, List<OrderNumber> leases, Instant at) {
        Application application = Application.create(
                new ApplicationId(UUID.randomUUID()),
                batch.code(),
                uscc,
                town,
                ApplicantCategory.MANUFACTURING,
                DomainFixtures.content(leases),
                PORTAL,
                at);
        for (MaterialType type : MaterialType.values()) {
            if (type.isRequiredFor(ApplicantCategory.MANUFACTURING)) {
                application.attachMaterial(
                        new Material(
                                type,
                                type.name().toLowerCase() + ".pdf",
                                1000 + type.item(),
                                String.format("%064x", type.item()),
                                at),
                        PORTAL,
                        at);
            }
        }
        return application;
    }

    /**
     * Moves the application forward, one step a minute after {@code at}, until it stands in
     * {@code target} (which must lie on the main path, or be RETURNED, REJECTED or WITHDRAWN).
     */
    public static Application advance(Application application, Batch batch, ReviewStage target, Instant at) {
        Instant t = at;
        while (application.storedStage() != target) {
            t = t.plus(Duration.ofMinutes(1));
            step(application, batch, target, t);
        }
        return application;
    }

    /** The facts of an eligible application with E = 100,000.00, enough for any step. */
    private static final ReviewFacts FACTS = new ReviewFacts(new EligibilityResult(List.of()), Money.of("100000.00"));

    private static void step(Application a, Batch batch, ReviewStage target, Instant t) {
        var policy = batch.policy();
        Actor town = Actor.townOfficer("town", a.town());
        switch (a.storedStage()) {
            case DRAFT -> {
                if (target == ReviewStage.WITHDRAWN) {
                    a.withdraw(PORTAL, t, "test");
                } else {
                    a.submit(policy, PORTAL, t);
                }
            }
            case SUBMITTED -> a.act(new ReviewCommand.Open(), FACTS, CITY, t, policy);
            case ELIGIBILITY_CHECK ->
                a.act(
                        target == ReviewStage.REJECTED ? new ReviewCommand.Reject("test") : new ReviewCommand.Pass(),
                        FACTS,
                        CITY,
                        t,
                        policy);
            case FORMAL_REVIEW ->
                a.act(
                        target == ReviewStage.RETURNED
                                ? new ReviewCommand.Return("补正", List.of(MaterialType.SERVICE_PROOF))
                                : new ReviewCommand.Pass(),
                        FACTS,
                        CITY,
                        t,
                        policy);
            case TOWN_REVIEW -> a.act(new ReviewCommand.TownPass(true), FACTS, town, t, policy);
            case FINAL_REVIEW ->
                a.act(
                        new ReviewCommand.FinalPass(Money.of("100000.00"), LegalRepConfirmation.SIGNATURE, true),
                        FACTS,
                        EXPERT,
                        t,
                        policy);
            case AWAITING_ALLOCATION -> a.allocate(Money.of("50000.00"), FUND, t);
            case ALLOCATED -> a.publishNotice(CITY, t, policy);
            case PUBLIC_NOTICE ->
                a.endNoticeIfDue(a.noticeEndsAt().orElseThrow().plusSeconds(1));
            case NOTICE_PASSED -> a.report(CITY, t);
            case REPORTED -> a.approve(LocalDate.of(2025, 12, 20), "东府〔2025〕1号", CITY, t);
            case APPROVED ->
                a.act(new ReviewCommand.Disburse("BK-1", LocalDate.of(2025, 12, 25)), FACTS, FUND, t, policy);
            default -> throw new IllegalStateException("cannot advance from " + a.storedStage() + " to " + target);
        }
    }
}
