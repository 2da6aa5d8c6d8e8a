package cn.gov.dongguan.voucher.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the pages show values (ui.md conventions): exact money, Shanghai dates, ratios in percent. */
class FmtTest {

    final Fmt fmt = new Fmt();

    @Test
    void money_is_shown_exactly_with_the_yuan_sign_and_thousands() {
        assertThat(fmt.money(Money.of("1234567.89"))).isEqualTo("¥1,234,567.89");
        assertThat(fmt.money(Money.of("61728.39"))).isEqualTo("¥61,728.39");
        assertThat(fmt.money(Money.of("0.00"))).isEqualTo("¥0.00");
        assertThat(fmt.money(null)).isEmpty();
    }

    @Test
    void dates_are_days_in_asia_shanghai() {
        // 2025-11-20 16:30 UTC is already the 21st in Dongguan
        assertThat(fmt.date(Instant.parse("2025-11-20T16:30:00Z"))).isEqualTo("2025-11-21");
        assertThat(fmt.date(LocalDate.of(2025, 11, 20))).isEqualTo("2025-11-20");
        assertThat(fmt.dateTime(Instant.parse("2025-11-25T15:59:59Z"))).isEqualTo("2025-11-25 23:59");
    }

    @Test
    void a_history_record_reads_in_the_officers_words_not_as_stored_keys_and_utc() {
        var zh = FeedbackTest.ZH;
        assertThat(Fmt.note("verifiedAmount=90000.00; legalRepConfirmation=SIGNATURE; originalsChecked=true", zh, fmt))
                .isEqualTo("核定金额 ¥90,000.00；法定代表人确认方式 法定代表人签字；已核对原件 是");
        // stored in UTC, read in Dongguan
        assertThat(Fmt.note("returnDeadline=2025-11-06T15:59:59Z", zh, fmt)).isEqualTo("补正截止时间 2025-11-06 23:59");
        assertThat(Fmt.note("objectionId=3f2a9c1b-0000-4000-8000-000000000001; dismissed", zh, fmt))
                .isEqualTo("异议编号 3f2a9c1b；异议不成立");
        assertThat(Fmt.note("seriousFraud=false", zh, fmt)).isEqualTo("情节严重（取消申报资格） 否");
        // a key the bundle does not know stays as it was stored, nothing is dropped
        assertThat(Fmt.note("somethingNew=1; verifiedAmount=not-a-number", zh, fmt))
                .isEqualTo("somethingNew=1；核定金额 not-a-number");
    }

    @Test
    void ratios_are_percentages() {
        assertThat(fmt.percent(Ratio.of("0.50"))).isEqualTo("50%");
        assertThat(fmt.percent(Ratio.of("0.4125"))).isEqualTo("41.25%");
    }

    @Test
    void audit_actions_read_in_words_review_actions_by_their_label_unknown_codes_as_stored() {
        var zh = FeedbackTest.ZH;
        assertThat(Fmt.auditAction("VIEW_APPLICATION", zh)).isEqualTo("查看申请");
        assertThat(Fmt.auditAction("REVIEW_PASS", zh)).isEqualTo("审核：通过");
        assertThat(Fmt.auditAction("ISSUE_MONITORING", zh)).isEqualTo("下发跟踪监测");
        assertThat(Fmt.auditAction("SOMETHING_NEW", zh)).isEqualTo("SOMETHING_NEW");
    }
}
