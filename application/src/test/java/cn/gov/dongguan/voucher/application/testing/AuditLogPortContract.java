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
        AuditEntry first = tx(() -> log().append(AuditEntry.of(
                t,
                "city",
                Role.CITY_OFFICER,
                null,
                "REVIEW_PASS",
                "application:x",
                AuditResult.SUCCESS,
                "FORMAL_REVIEW -> TOWN_REVIEW")));
        AuditEntry second = tx(() -> log().append(AuditEntry.of(
                t.plusSeconds(1),
                "town-dongcheng",
                Role.TOWN_OFFICER,
                TownCode.of("DONGCHENG"),
                "VIEW_APPLICATION",
                "application:y",
                AuditResult.DENIED,
                "not found")));
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.isIntact()).isTrue();
        assertThat(tx(() -> log().firstBrokenSeq())).isZero();

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
        assertThat(appended.get(1).seq()).isEqualTo(appended.get(0).seq() + 1);
        assertThat(appended.get(1).previousHash()).isEqualTo(appended.get(0).hash());
        assertThat(tx(() -> log().firstBrokenSeq())).isZero();
    }
}
