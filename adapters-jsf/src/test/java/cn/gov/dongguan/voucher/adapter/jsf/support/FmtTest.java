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
    void the_audit_log_reads_targets_and_details_in_words_not_as_stored_codes_ids_and_english() {
        var zh = FeedbackTest.ZH;
        var names = java.util.Map.of(
                "application:3f2a9c1b-0000-4000-8000-000000000001", "东莞市松湖智算科技有限公司",
                "batch:2025-1", "2025年第一批");
        assertThat(Fmt.auditTarget("application:3f2a9c1b-0000-4000-8000-000000000001", names, c -> c, zh))
                .isEqualTo("东莞市松湖智算科技有限公司的申请（编号 3f2a9c1b…）");
        assertThat(Fmt.auditTarget("application:3f2a9c1b-0000-4000-8000-000000000002", names, c -> c, zh))
                .isEqualTo("申请（编号 3f2a9c1b…）");
        assertThat(Fmt.auditTarget("batch:2025-1", names, c -> c, zh)).isEqualTo("批次 2025-1 2025年第一批");
        assertThat(Fmt.auditTarget("town:DONGCHENG", names, c -> "东城街道", zh)).isEqualTo("镇街 东城街道");
        assertThat(Fmt.auditTarget("applications", names, c -> c, zh)).isEqualTo("申报列表");
        assertThat(Fmt.auditDetail("EXPORT_PLAN", "SUCCESS", "12 rows", zh)).isEqualTo("12 行");
        assertThat(Fmt.auditDetail("EXPORT_DISBURSEMENT", "SUCCESS", "3 rows with bank accounts", zh))
                .isEqualTo("3 行（含完整银行账号）");
        assertThat(Fmt.auditDetail("PUBLISH_NOTICE", "SUCCESS", "4 applications ALLOCATED -> PUBLIC_NOTICE", zh))
                .isEqualTo("4 件申请：已安排资金 → 公示中");
        assertThat(Fmt.auditDetail("DOWNLOAD_MATERIAL", "SUCCESS", "SERVICE_PROOF", zh))
                .isEqualTo("算力服务证明材料");
        assertThat(Fmt.auditDetail("VIEW_APPLICATION", "DENIED", "role town-officer may not do this", zh))
                .doesNotContain("role")
                .startsWith("未获准");
        // a policy change names only what changed, old → new, in yuan, percent and Dongguan time
        String before = "BatchPolicy[ratio=0.50, annualCap=1000000.00, minimumPayment=50000.00, budget=30000000.00,"
                + " submissionDeadline=2025-11-30T15:59:59Z, noticePeriodDays=7, resubmitDays=5, creditCheckMaxAgeDays=30]";
        String after = before.replace("ratio=0.50", "ratio=0.45").replace("budget=30000000.00", "budget=20000000.00");
        assertThat(Fmt.auditDetail("CHANGE_POLICY", "SUCCESS", before + " -> " + after, zh))
                .isEqualTo("资助比例 50% → 45%；批次预算 ¥30,000,000.00 → ¥20,000,000.00");
        assertThat(Fmt.auditDetail("REVIEW_RETURN", "SUCCESS", "FORMAL_REVIEW -> RETURNED", zh))
                .isEqualTo("形式审查 → 退回补正");
        assertThat(Fmt.auditDetail("LOGIN", "SUCCESS", "logged in", zh)).isEqualTo("登录成功");
        assertThat(Fmt.auditDetail("LOGIN", "DENIED", "wrong password; account locked", zh))
                .isEqualTo("密码错误，账号已锁定");
        assertThat(Fmt.auditDetail("COMMIT_ALLOCATION", "SUCCESS", "RATIO: 12 applications, total 648780.00", zh))
                .isEqualTo("按比例（统一降低资助比例）：12 件申请，合计 ¥648,780.00");
        assertThat(Fmt.auditDetail("RECORD_CREDIT_CHECK", "SUCCESS", "checked 2025-11-01, listed on []", zh))
                .isEqualTo("查询日期 2025-11-01，列入名单：无");
        assertThat(Fmt.auditDetail("PUSH_PAYMENT", "SUCCESS", "payment P1 created", zh))
                .isEqualTo("支付记录 P1 新建");
        assertThat(Fmt.auditDetail("SAVE_USER", "SUCCESS", "town-officer DONGCHENG", zh))
                .isEqualTo("镇街工作人员 · DONGCHENG");
        // what no rule words stays as stored, nothing is dropped
        assertThat(Fmt.auditDetail("SOMETHING", "SUCCESS", "free text", zh)).isEqualTo("free text");
    }

    @Test
    void file_sizes_read_in_kb_and_mb_not_as_a_count_of_bytes() {
        assertThat(Fmt.size(980, "字节")).isEqualTo("980 字节");
        assertThat(Fmt.size(1024, "字节")).isEqualTo("1.0 KB");
        assertThat(Fmt.size(12_595, "字节")).isEqualTo("12.3 KB");
        assertThat(Fmt.size(4_718_592, "字节")).isEqualTo("4.5 MB");
        assertThat(Fmt.size(20L * 1024 * 1024, "字节")).isEqualTo("20.0 MB");
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
