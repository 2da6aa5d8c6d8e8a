package cn.gov.dongguan.voucher.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.NoticeDefaults;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.filing.StageChanged;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The use cases over the real persistence adapter, on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaUseCaseTest {

    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    @Parameter
    TestDatabase.Kind kind;

    static Batch freshBatch() {
        return Batch.announce(
                BatchCode.of("J" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999)),
                "测试批次",
                2025,
                NoticeDefaults.WINDOW_2025_1,
                NoticeDefaults.policy2025(Money.of("30000000.00")));
    }

    static ProgrammeScenario scenario(JpaSystem system) {
        Batch batch = freshBatch();
        system.db.jpa.run(() -> system.batches.save(batch));
        // the test databases are fresh for every test JVM, so numbering scenarios from 1 never collides
        return new ProgrammeScenario(system.services, batch, SCENARIOS.incrementAndGet() * 100);
    }

    @Test
    void the_whole_journey_is_stored_with_an_intact_history_feed_and_audit_chain() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = scenario(system);
        ApplicationId id = s.submitted(1, DomainFixtures.DONGCHENG, "60000.00", "40000.00");
        s.reviewed(id, ProgrammeScenario.TOWN_DONGCHENG, "100000.00");
        system.services.allocation().commit(ProgrammeScenario.FUND, s.batch.code(), AllocationMode.CAP);
        system.services.batchSteps().publish(ProgrammeScenario.CITY, s.batch.code());
        system.clock.set("2025-11-09T00:00");
        assertThat(system.services.scheduler().endDueNotices()).isGreaterThanOrEqualTo(1);
        system.services.batchSteps().report(ProgrammeScenario.CITY, s.batch.code());
        system.services
                .batchSteps()
                .approve(ProgrammeScenario.CITY, s.batch.code(), LocalDate.of(2025, 12, 20), "东府〔2025〕9号");
        s.freshCreditCheck(id, LocalDate.of(2025, 12, 24));
        var paid = s.act(
                ProgrammeScenario.FUND,
                id,
                new ReviewCommand.Disburse("BK-" + id.toString().substring(0, 8), LocalDate.of(2025, 12, 25)));

        assertThat(paid.stage()).isEqualTo(ReviewStage.DISBURSED);
        assertThat(paid.application().allocatedAmount()).contains(Money.of("50000.00"));
        assertThat(paid.historyIntact()).isTrue();
        assertThat(paid.application().history().records()).hasSize(13);
        assertThat(paid.application().materials()).hasSize(8);
        List<FeedEvent> events = system.db.jpa.inTransaction(() -> system.services
                .queries()
                .read(ProgrammeScenario.PORTAL, 0, 1000)
                .items());
        List<FeedEvent> mine =
                events.stream().filter(e -> e.applicationId().equals(id)).toList();
        assertThat(mine)
                .extracting(FeedEvent::to)
                .endsWith(ReviewStage.APPROVED.name(), ReviewStage.DISBURSED.name())
                .hasSize(13);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).seq()).isEqualTo(events.get(i - 1).seq() + 1);
        }
        assertThat(system.db.jpa.inTransaction(system.audit::firstBrokenSeq)).isZero();
        var content = system.services
                .filing()
                .open(ProgrammeScenario.CITY, id, cn.gov.dongguan.voucher.domain.reference.MaterialType.SERVICE_PROOF);
        assertThat(content.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void a_state_change_and_its_history_audit_and_event_commit_together_or_not_at_all() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind), feed -> new ChangeFeedPort() {
            @Override
            public FeedEvent append(StageChanged event) {
                if (event.to() == ReviewStage.SUBMITTED) {
                    throw new IllegalStateException("the feed fails half-way through the use case");
                }
                return feed.append(event);
            }

            @Override
            public FeedEvent append(cn.gov.dongguan.voucher.domain.monitoring.MonitoringEvent event) {
                return feed.append(event);
            }

            @Override
            public List<FeedEvent> after(long after, int limit) {
                return feed.after(after, limit);
            }
        });
        ProgrammeScenario s = scenario(system);
        var uscc = s.applicantWithLease(2, DomainFixtures.DONGCHENG, "ORD-X" + s.batch.code(), "60000.00");
        ApplicationId id = s.file(uscc, "ORD-X" + s.batch.code());
        s.attachAll(id);
        long versionBefore = s.version(id);
        assertThatThrownBy(() -> system.services.filing().submit(ProgrammeScenario.PORTAL, id))
                .isInstanceOf(IllegalStateException.class);
        var after = system.services.reading().get(ProgrammeScenario.CITY, id);
        assertThat(after.stage()).isEqualTo(ReviewStage.DRAFT);
        assertThat(after.application().version()).isEqualTo(versionBefore);
        assertThat(after.application().history().records()).hasSize(1);
        assertThat(system.db.jpa.inTransaction(() ->
                        system.audit.find(new AuditQuery(null, "SUBMIT", "application:" + id, null, null, null, 10))))
                .isEmpty();
    }
}
