package cn.gov.dongguan.voucher.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-FLOW-2: the review history is an append-only hash chain; tampering is found. */
class ReviewHistoryTest {

    private final Actor city = Actor.of("city", Role.CITY_OFFICER);

    private ReviewHistory threeEntries() {
        ReviewHistory history = ReviewHistory.empty();
        Instant t = Instant.parse("2025-11-17T01:00:00Z");
        history.record(
                t, null, ReviewStage.DRAFT, ReviewAction.CREATE, Actor.of("portal", Role.PORTAL), null, null, null);
        history.record(
                t.plusSeconds(60),
                ReviewStage.DRAFT,
                ReviewStage.SUBMITTED,
                ReviewAction.SUBMIT,
                Actor.of("portal", Role.PORTAL),
                null,
                null,
                null);
        history.record(
                t.plusSeconds(120),
                ReviewStage.FORMAL_REVIEW,
                ReviewStage.RETURNED,
                ReviewAction.RETURN,
                city,
                "盖章不清",
                List.of(MaterialType.SERVICE_PROOF),
                null);
        return history;
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_an_untouched_chain_verifies() {
        ReviewHistory history = threeEntries();
        assertThat(history.verify().intact()).isTrue();
        assertThat(history.verify().entries()).isEqualTo(3);
        assertThat(history.records().get(0).previousHash()).isEqualTo(ReviewRecord.GENESIS);
        assertThat(history.records().get(2).previousHash())
                .isEqualTo(history.records().get(1).hash());
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_a_changed_reason_breaks_the_chain_at_that_entry() {
        List<ReviewRecord> records = new ArrayList<>(threeEntries().records());
        ReviewRecord r = records.get(2);
        records.set(
                2,
                new ReviewRecord(
                        r.seq(),
                        r.at(),
                        r.from(),
                        r.to(),
                        r.action(),
                        r.actorName(),
                        r.role(),
                        r.town(),
                        "无问题",
                        r.returnItems(),
                        r.note(),
                        r.previousHash(),
                        r.hash()));
        ReviewHistory.ChainVerification result = new ReviewHistory(records).verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_a_removed_entry_breaks_the_chain() {
        List<ReviewRecord> records = new ArrayList<>(threeEntries().records());
        records.remove(1);
        assertThat(new ReviewHistory(records).verify().firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_a_rehashed_entry_still_breaks_the_link_to_the_next() {
        List<ReviewRecord> records = new ArrayList<>(threeEntries().records());
        ReviewRecord r = records.get(1);
        ReviewRecord forged = ReviewRecord.chain(
                r.seq(),
                r.at().minusSeconds(30),
                r.from(),
                r.to(),
                r.action(),
                Actor.of("someone-else", Role.PORTAL),
                r.reason(),
                r.returnItems(),
                r.note(),
                r.previousHash());
        records.set(1, forged);
        assertThat(new ReviewHistory(records).verify().firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_entries_are_appended_in_order_even_if_a_clock_lags() {
        ReviewHistory history = threeEntries();
        Instant last = history.last().orElseThrow().at();
        ReviewRecord next = history.record(
                last.minusSeconds(5),
                ReviewStage.RETURNED,
                ReviewStage.FORMAL_REVIEW,
                ReviewAction.RESUBMIT,
                Actor.of("portal", Role.PORTAL),
                null,
                null,
                null);
        assertThat(next.at()).isEqualTo(last);
        assertThat(next.seq()).isEqualTo(4);
    }
}
