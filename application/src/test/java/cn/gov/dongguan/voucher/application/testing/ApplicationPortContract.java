package cn.gov.dongguan.voucher.application.testing;

import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.advance;
import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApplicationPort} does: round trips, optimistic versions (R-FLOW-7), one
 * open application per applicant and batch (R-FLOW-8), and finding the applications a batch step
 * or a deadline job works on next.
 */
public abstract class ApplicationPortContract extends StoredApplicationsContract {

    @Test
    void an_application_is_stored_and_restored_with_everything_it_holds() {
        Application application = advance(
                draft(
                        nextApplicant(),
                        batch,
                        DomainFixtures.DONGCHENG,
                        List.of(OrderNumber.of("L-1"), OrderNumber.of("L-2")),
                        t0),
                batch,
                ReviewStage.AWAITING_ALLOCATION,
                t0);
        application.flag(ApplicationFlag.NO_USAGE_EVIDENCE);
        Application found = stored(application, figures("东莞市示例智能科技有限公司", "100000.00", "50000.00"));
        assertThat(found.snapshot())
                .usingRecursiveComparison()
                .ignoringFields("version")
                .isEqualTo(application.snapshot());
        assertThat(found.history().verify().intact()).isTrue();
        assertThat(tx(() -> repository().find(new ApplicationId(java.util.UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    @Tag("R-FLOW-7")
    void r_flow_7_an_update_raises_the_version_and_a_stale_one_is_refused_without_writing() {
        Application application = stored(
                draft(nextApplicant(), batch, DomainFixtures.DONGCHENG, List.of(), t0), figures("甲", "0.00", "0.00"));
        Application first = tx(() -> repository().find(application.id())).orElseThrow();
        Application second = tx(() -> repository().find(application.id())).orElseThrow();
        long initial = first.version();
        first.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(60), "first");
        tx(() -> repository().update(first, figures("甲", "0.00", "0.00")));
        second.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(61), "second");
        assertThatThrownBy(() -> tx(() -> repository().update(second, figures("乙", "1.00", "1.00"))))
                .isInstanceOf(StaleVersionException.class);
        Application now = tx(() -> repository().find(application.id())).orElseThrow();
        assertThat(now.version()).isEqualTo(initial + 1);
        assertThat(now.history().records()).hasSize(2 + 0);
        assertThat(now.history().last().orElseThrow().reason()).isEqualTo("first");
    }

    @Test
    @Tag("R-FLOW-8")
    void r_flow_8_one_open_application_per_applicant_and_batch() {
        UnifiedSocialCreditCode uscc = nextApplicant();
        Application open =
                stored(draft(uscc, batch, DomainFixtures.DONGCHENG, List.of(), t0), figures("甲", "0.00", "0.00"));
        assertThat(tx(() -> repository().findOpen(uscc, batch.code()))).contains(open.id());
        assertThatThrownBy(() -> tx(() -> repository()
                        .insert(
                                draft(uscc, batch, DomainFixtures.DONGCHENG, List.of(), t0),
                                figures("甲", "0.00", "0.00"))))
                .isInstanceOf(ConflictException.class);
        Application another = draft(uscc, otherBatchSameYear, DomainFixtures.DONGCHENG, List.of(), t0);
        tx(() -> repository().insert(another, figures("甲", "0.00", "0.00")));

        open.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(60), null);
        tx(() -> repository().update(open, figures("甲", "0.00", "0.00")));
        assertThat(tx(() -> repository().findOpen(uscc, batch.code()))).isEmpty();
        Application again = draft(uscc, batch, DomainFixtures.DONGCHENG, List.of(), t0.plusSeconds(120));
        tx(() -> repository().insert(again, figures("甲", "0.00", "0.00")));
        assertThat(tx(() -> repository().findOpen(uscc, batch.code()))).contains(again.id());
        assertThat(tx(() -> repository().existsInBatch(batch.code()))).isTrue();
    }

    @Test
    void material_content_in_use_is_known() {
        Application application =
                storedIn(ReviewStage.DRAFT, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        String sha = application.materials().get(0).sha256();
        assertThat(tx(() -> repository().isContentReferenced(sha))).isTrue();
        assertThat(tx(() -> repository().isContentReferenced("f".repeat(64)))).isFalse();
    }

    @Test
    void the_applications_of_a_batch_in_a_stage_are_found() {
        List<Application> awaiting = twoAwaitingAllocationBesideOneInFinalReview();
        Application first = awaiting.get(0);
        Application second = awaiting.get(1);
        assertThat(tx(() -> repository().idsInStage(batch.code(), ReviewStage.AWAITING_ALLOCATION)))
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(tx(() -> repository().idsInStage(otherBatchSameYear.code(), ReviewStage.AWAITING_ALLOCATION)))
                .isEmpty();
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_overdue_returns_and_ended_notices_are_found_from_the_second_after_their_deadline() {
        Application returned =
                storedIn(ReviewStage.RETURNED, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        Instant deadline = returned.returnDeadline().orElseThrow();
        assertThat(tx(() -> repository().returnedOverdue(deadline, 10))).doesNotContain(returned.id());
        assertThat(tx(() -> repository().returnedOverdue(deadline.plusSeconds(1), 10)))
                .contains(returned.id());

        Application notice =
                storedIn(ReviewStage.PUBLIC_NOTICE, DomainFixtures.DONGCHENG, figures("乙", "0.00", "0.00"), List.of());
        Instant ends = notice.noticeEndsAt().orElseThrow();
        assertThat(tx(() -> repository().noticeEnded(ends, 10))).doesNotContain(notice.id());
        assertThat(tx(() -> repository().noticeEnded(ends.plusSeconds(1), 10))).contains(notice.id());
        // R-OBJ-1: one with an open objection stays on the notice, and the job does not fetch it
        Application objected = advance(
                draft(nextApplicant(), batch, DomainFixtures.DONGCHENG, List.of(OrderNumber.of("L-ANY")), t0),
                batch,
                ReviewStage.PUBLIC_NOTICE,
                t0);
        objected.objectionFiled(t0);
        stored(objected, figures("丙", "0.00", "0.00"));
        assertThat(tx(() -> repository().noticeEnded(ends.plusSeconds(1), 10))).doesNotContain(objected.id());
    }
}
