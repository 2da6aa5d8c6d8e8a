package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.StageChanged;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringEvent;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link ChangeFeedPort} does: gap-free numbering in order. */
public abstract class ChangeFeedPortContract extends PortContract {

    protected abstract ChangeFeedPort feed();

    @Test
    void events_are_numbered_without_gaps_and_read_in_order() {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        long before = tx(() -> feed().after(0, 100_000)).size();
        for (int i = 0; i < 5; i++) {
            int n = i;
            tx(() -> feed().append(new StageChanged(
                    id,
                    DomainFixtures.dongguanEnterprise(1),
                    Instant.parse("2025-11-01T01:00:00Z").plusSeconds(n),
                    ReviewAction.SUBMIT,
                    ReviewStage.DRAFT,
                    ReviewStage.SUBMITTED)));
        }
        List<FeedEvent> all = tx(() -> feed().after(before, 100));
        assertThat(all).hasSize(5);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).seq()).isEqualTo(before + i + 1);
        }
        assertThat(all.get(0).applicationId()).isEqualTo(id);
        assertThat(all.get(0).from()).isEqualTo("DRAFT");
        assertThat(all.get(0).type()).isEqualTo("SUBMIT");
        assertThat(all.get(0).monitoringRequestId()).isNull();
        assertThat(tx(() -> feed().after(before + 2, 2)))
                .extracting(FeedEvent::seq)
                .containsExactly(before + 3, before + 4);
        assertThat(tx(() -> feed().after(before + 5, 10))).isEmpty();
    }

    /** The highest number read now (every committed event numbered first). */
    private long last() {
        List<FeedEvent> all = tx(() -> feed().after(0, 1_000_000));
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }

    @Test
    void the_creation_has_no_from_stage() {
        long before = last();
        tx(() -> feed().append(new StageChanged(
                new ApplicationId(UUID.randomUUID()),
                DomainFixtures.dongguanEnterprise(2),
                Instant.parse("2025-11-01T01:00:00Z"),
                ReviewAction.CREATE,
                null,
                ReviewStage.DRAFT)));
        assertThat(tx(() -> feed().after(before, 1))).singleElement().satisfies(x -> {
            assertThat(x.from()).isNull();
            assertThat(x.to()).isEqualTo("DRAFT");
        });
    }

    @Test
    void several_events_in_one_transaction_are_numbered_in_their_order() {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        long before = last();
        tx(() -> List.of(
                feed().append(new StageChanged(
                        id,
                        DomainFixtures.dongguanEnterprise(3),
                        Instant.parse("2025-11-01T01:00:00Z"),
                        ReviewAction.ALLOCATE,
                        ReviewStage.AWAITING_ALLOCATION,
                        ReviewStage.ALLOCATED)),
                feed().append(new StageChanged(
                        id,
                        DomainFixtures.dongguanEnterprise(3),
                        Instant.parse("2025-11-01T01:00:01Z"),
                        ReviewAction.PUBLISH_NOTICE,
                        ReviewStage.ALLOCATED,
                        ReviewStage.PUBLIC_NOTICE)),
                feed().append(new StageChanged(
                        id,
                        DomainFixtures.dongguanEnterprise(3),
                        Instant.parse("2025-11-01T01:00:02Z"),
                        ReviewAction.END_NOTICE,
                        ReviewStage.PUBLIC_NOTICE,
                        ReviewStage.NOTICE_PASSED))));
        assertThat(tx(() -> feed().after(before, 10)))
                .extracting(FeedEvent::seq, FeedEvent::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(before + 1, "ALLOCATE"),
                        org.assertj.core.groups.Tuple.tuple(before + 2, "PUBLISH_NOTICE"),
                        org.assertj.core.groups.Tuple.tuple(before + 3, "END_NOTICE"));
    }

    @Test
    @Tag("R-POST-1")
    void r_post_1_monitoring_events_are_numbered_in_the_same_sequence_with_their_request() {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        UUID request = UUID.randomUUID();
        long before = last();
        tx(() -> List.of(
                feed().append(new StageChanged(
                        id,
                        DomainFixtures.dongguanEnterprise(4),
                        Instant.parse("2025-11-01T01:00:00Z"),
                        ReviewAction.DISBURSE,
                        ReviewStage.APPROVED,
                        ReviewStage.DISBURSED)),
                feed().append(new MonitoringEvent(
                        request,
                        id,
                        DomainFixtures.dongguanEnterprise(4),
                        Instant.parse("2025-11-02T01:00:00Z"),
                        MonitoringEvent.Type.MONITORING_REQUESTED,
                        null,
                        MonitoringStatus.OPEN))));
        tx(() -> feed().append(new MonitoringEvent(
                request,
                id,
                DomainFixtures.dongguanEnterprise(4),
                Instant.parse("2025-11-20T01:00:00Z"),
                MonitoringEvent.Type.MONITORING_ANSWERED,
                MonitoringStatus.OVERDUE,
                MonitoringStatus.ANSWERED)));
        List<FeedEvent> read = tx(() -> feed().after(before, 10));
        assertThat(read).extracting(FeedEvent::seq).containsExactly(before + 1, before + 2, before + 3);
        assertThat(read.get(1).type()).isEqualTo("MONITORING_REQUESTED");
        assertThat(read.get(1).from()).isNull();
        assertThat(read.get(1).to()).isEqualTo("OPEN");
        assertThat(read.get(1).monitoringRequestId()).isEqualTo(request);
        assertThat(read.get(1).applicationId()).isEqualTo(id);
        assertThat(read.get(2).type()).isEqualTo("MONITORING_ANSWERED");
        assertThat(read.get(2).from()).isEqualTo("OVERDUE");
        assertThat(read.get(2).to()).isEqualTo("ANSWERED");
        assertThat(read.get(2).at()).isEqualTo(Instant.parse("2025-11-20T01:00:00Z"));
    }

    /**
     * Issue 12: 16 writers at once, each event in its own transaction — every committed event is read,
     * numbered once, without gaps, whoever numbers them (at append, or a sequencer after commit); and
     * each writer's events keep the order it committed them in.
     */
    @Test
    void sixteen_concurrent_writers_leave_a_gap_free_sequence_in_commit_order() throws Exception {
        long before = last();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<ApplicationId> writers = new java.util.ArrayList<>();
        for (int w = 0; w < 16; w++) {
            writers.add(new ApplicationId(UUID.randomUUID()));
        }
        try {
            List<java.util.concurrent.Callable<Void>> work = new java.util.ArrayList<>();
            for (ApplicationId id : writers) {
                work.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        tx(() -> feed().append(new StageChanged(
                                id,
                                DomainFixtures.dongguanEnterprise(5),
                                Instant.parse("2025-11-01T01:00:00Z").plusSeconds(n),
                                ReviewAction.SUBMIT,
                                ReviewStage.DRAFT,
                                ReviewStage.SUBMITTED)));
                        if (n % 5 == 0) {
                            // a reader in the middle numbers what is committed so far
                            tx(() -> feed().after(before, 10));
                        }
                    }
                    return null;
                });
            }
            for (var f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<FeedEvent> read = tx(() -> feed().after(before, 1_000));
        assertThat(read).hasSize(400);
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).seq()).isEqualTo(before + 1 + i);
        }
        for (ApplicationId id : writers) {
            assertThat(read.stream().filter(e -> e.applicationId().equals(id)).map(FeedEvent::at))
                    .hasSize(25)
                    .isSorted();
        }
    }
}
