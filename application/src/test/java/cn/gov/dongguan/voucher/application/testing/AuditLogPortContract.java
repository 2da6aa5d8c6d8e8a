package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditEntry.AuditResult;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLogPort} does: append-only, chained, filterable. */
public abstract class AuditLogPortContract extends PortContract {

    protected abstract AuditLogPort log();

    @Test
    void entries_are_chained_and_found_newest_first() {
        Instant t = Instant.parse("2025-11-20T02:00:00Z");
        AuditEntry first;
        AuditEntry second;
        tx(() -> log().append(AuditEntry.of(
                t,
                "city",
                Role.CITY_OFFICER,
                null,
                "REVIEW_PASS",
                "application:x",
                AuditResult.SUCCESS,
                "FORMAL_REVIEW -> TOWN_REVIEW")));
        tx(() -> log().append(AuditEntry.of(
                t.plusSeconds(1),
                "town-dongcheng",
                Role.TOWN_OFFICER,
                TownCode.of("DONGCHENG"),
                "VIEW_APPLICATION",
                "application:y",
                AuditResult.DENIED,
                "not found")));
        // numbered and chained as stored (an adapter may do it after commit; readers see it done)
        List<AuditEntry> latest = tx(() -> log().find(new AuditQuery(null, null, null, null, null, null, 2)));
        assertThat(latest).extracting(AuditEntry::target).containsExactly("application:y", "application:x");
        AuditEntry storedSecond = latest.get(0);
        AuditEntry storedFirst = latest.get(1);
        assertThat(storedSecond.seq()).isEqualTo(storedFirst.seq() + 1);
        assertThat(storedSecond.previousHash()).isEqualTo(storedFirst.hash());
        assertThat(storedSecond.isIntact()).isTrue();
        assertThat(tx(() -> log().firstBrokenSeq())).isZero();
        first = storedFirst;
        second = storedSecond;

        List<AuditEntry> denied =
                tx(() -> log().find(new AuditQuery("town-dongcheng", null, null, null, null, null, 10)));
        assertThat(denied).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(AuditResult.DENIED);
            assertThat(e.town()).isEqualTo(TownCode.of("DONGCHENG"));
            assertThat(e.at()).isEqualTo(t.plusSeconds(1));
        });
        List<AuditEntry> newestFirst = tx(() -> log().find(new AuditQuery(null, null, null, null, null, null, 2)));
        assertThat(newestFirst).extracting(AuditEntry::seq).containsExactly(second.seq(), first.seq());
        assertThat(tx(() -> log().find(new AuditQuery(
                        null, "REVIEW_PASS", "application:x", t, t.plusSeconds(1), second.seq(), 10))))
                .extracting(AuditEntry::seq)
                .containsExactly(first.seq());
    }

    @Test
    void several_entries_in_one_transaction_are_chained_in_order() {
        Instant t = Instant.parse("2025-11-21T02:00:00Z");
        List<AuditEntry> appended = tx(() -> List.of(
                log().append(AuditEntry.of(
                        t,
                        "city",
                        Role.CITY_OFFICER,
                        null,
                        "DISQUALIFY_APPLICANT",
                        "applicant:x",
                        AuditResult.SUCCESS,
                        "伪造发票")),
                log().append(AuditEntry.of(
                        t,
                        "city",
                        Role.CITY_OFFICER,
                        null,
                        "REVIEW_TERMINATE",
                        "application:x",
                        AuditResult.SUCCESS,
                        "TOWN_REVIEW -> TERMINATED"))));
        assertThat(appended).hasSize(2);
        List<AuditEntry> latest =
                tx(() -> log().find(new AuditQuery(null, null, "application:x", t, t.plusSeconds(1), null, 10)));
        List<AuditEntry> stored =
                tx(() -> log().find(new AuditQuery("city", null, null, t, t.plusSeconds(1), null, 2)));
        assertThat(stored).extracting(AuditEntry::action).containsExactly("REVIEW_TERMINATE", "DISQUALIFY_APPLICANT");
        assertThat(stored.get(0).seq()).isEqualTo(stored.get(1).seq() + 1);
        assertThat(stored.get(0).previousHash()).isEqualTo(stored.get(1).hash());
        assertThat(latest).isNotEmpty();
        assertThat(tx(() -> log().firstBrokenSeq())).isZero();
    }

    /**
     * Issue 12: 16 writers at once, each in its own transactions — the numbers stay gap-free and the
     * chain unbroken, whoever numbers them (at append, or a sequencer after commit).
     */
    @Test
    void sixteen_concurrent_writers_leave_a_gap_free_unbroken_chain() throws Exception {
        Instant t = Instant.parse("2025-11-22T02:00:00Z");
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Callable<Void>> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 16; w++) {
                String actor = "writer-" + run + "-" + w;
                writers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        tx(() -> log().append(AuditEntry.of(
                                t,
                                actor,
                                Role.CITY_OFFICER,
                                null,
                                "VIEW_APPLICATION",
                                "application:" + n,
                                AuditResult.SUCCESS,
                                null)));
                    }
                    return null;
                });
            }
            for (var f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditEntry> all = new java.util.ArrayList<>();
        for (int w = 0; w < 16; w++) {
            String actor = "writer-" + run + "-" + w;
            all.addAll(tx(() -> log().find(new AuditQuery(actor, null, null, null, null, null, 100))));
        }
        assertThat(all).hasSize(400).allSatisfy(e -> assertThat(e.isIntact()).isTrue());
        assertThat(all.stream().map(AuditEntry::seq).distinct().count()).isEqualTo(400);
        assertThat(tx(() -> log().firstBrokenSeq())).isZero();
    }
}
