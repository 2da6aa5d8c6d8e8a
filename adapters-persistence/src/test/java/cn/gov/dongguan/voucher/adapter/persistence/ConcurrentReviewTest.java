package cn.gov.dongguan.voucher.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;

/**
 * R-FLOW-7 on PostgreSQL: two city officers act on the same version of one application at the same
 * moment. Exactly one wins; the other gets a clear conflict; the database holds one transition
 * with its one audit record.
 */
class ConcurrentReviewTest {

    @RepeatedTest(5)
    @Tag("R-FLOW-7")
    void r_flow_7_two_officers_at_once_one_wins_and_one_transition_is_stored() throws Exception {
        JpaSystem system = new JpaSystem(TestDatabase.of(TestDatabase.Kind.POSTGRESQL));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId id = s.submitted(1, DomainFixtures.DONGCHENG, "60000.00");
        long version = s.version(id);
        int historyBefore = system.services
                .reading()
                .get(ProgrammeScenario.CITY, id)
                .application()
                .history()
                .records()
                .size();

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> officers = new ArrayList<>();
        for (String officer : List.of("city-zhang", "city-li")) {
            officers.add(() -> {
                start.await();
                try {
                    system.services
                            .review()
                            .act(Actor.of(officer, Role.CITY_OFFICER), id, version, new ReviewCommand.Open());
                    return "won";
                } catch (StaleVersionException conflict) {
                    return "conflict";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> officer : officers) {
                results.add(pool.submit(officer));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
        } finally {
            pool.shutdownNow();
        }

        var now = system.services.reading().get(ProgrammeScenario.CITY, id).application();
        List<ReviewRecord> history = now.history().records();
        assertThat(history).hasSize(historyBefore + 1);
        assertThat(history.get(history.size() - 1).action()).isEqualTo(ReviewAction.OPEN);
        assertThat(now.version()).isEqualTo(version + 1);
        List<AuditEntry> audited = system.db.jpa.inTransaction(() ->
                system.audit.find(new AuditQuery(null, "REVIEW_OPEN", "application:" + id, null, null, null, 10)));
        assertThat(audited).singleElement().satisfies(e -> assertThat(e.actor())
                .isEqualTo(history.get(history.size() - 1).actorName()));
    }
}
