package cn.gov.dongguan.voucher.adapter.jsf.support;

import static cn.gov.dongguan.voucher.domain.DomainFixtures.applicant;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.dongguanEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.filing.PaymentRecheck;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Refusals reach the officer in the notice's words with the figures of the case, the rule named
 * after them; a message the bundle cannot word is shown as the domain wrote it, never with holes.
 */
class FeedbackTest {

    static final BiFunction<String, Object[], String> ZH = texts(Locale.SIMPLIFIED_CHINESE);

    static BiFunction<String, Object[], String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.gov.dongguan.voucher.adapter.jsf.messages", locale);
        return (key, args) -> {
            String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        };
    }

    @Test
    void a_stale_credit_look_up_is_worded_with_its_dates_and_days_R_ELIG_4() {
        Applicant applicant = applicant(dongguanEnterprise(1)); // looked up on 2025-11-01
        Violation v = PaymentRecheck.violations(applicant, LocalDate.of(2026, 6, 1), 180)
                .get(0);

        assertThat(Feedback.violation(v, ZH))
                .isEqualTo("申报单位最近一次信用信息查询（2025-11-01）距拨付日（2026-06-01）已 212 天，超过本批次规定的 180 天："
                        + "请先录入新的信用信息查询记录，再登记拨付（R-ELIG-4）");
    }

    @Test
    void a_credit_listing_names_the_lists_in_the_notice_s_terms_R_ELIG_4() {
        Applicant applicant = applicant(dongguanEnterprise(2));
        applicant.recordCreditCheck(new CreditRecord(
                LocalDate.of(2026, 5, 20), Set.of(CreditList.DISHONEST_DEBTOR, CreditList.ABNORMAL_OPERATION)));
        Violation v = PaymentRecheck.violations(applicant, LocalDate.of(2026, 6, 1), 180)
                .get(0);

        assertThat(Feedback.violation(v, ZH))
                .startsWith("2026-05-20 的信用信息查询显示申报单位被列入信用惩戒名单（经营异常名录、失信被执行人）")
                .endsWith("（R-ELIG-4）");
    }

    @Test
    void the_allocation_refusal_counts_the_waiting_applications_by_stage_in_chinese_R_CALC_9() {
        Violation v = Violation.of(
                        null,
                        "APPLICATIONS_IN_REVIEW",
                        "R-CALC-9",
                        "3 application(s) of batch 2025-1 are still in review (FORMAL_REVIEW 2, TOWN_REVIEW 1): the"
                                + " allocation is committed when every one has passed or left the review")
                .with(List.of("FORMAL_REVIEW", "2", "TOWN_REVIEW", "1"));

        assertThat(Feedback.violation(v, ZH))
                .isEqualTo("本批次仍有申请在审核中（形式审查 2，镇街复核 1）：全部审核结束（通过或退出审核）后方可确定资金分配方案（R-CALC-9）");
    }

    @Test
    void the_report_refusal_counts_objections_and_running_notices_R_OBJ_1() {
        Violation v = Violation.of(
                        null,
                        "NOTICE_NOT_PASSED",
                        "R-OBJ-1",
                        "2 application(s) of the batch are still in PUBLIC_NOTICE (1 with an open objection, 1 whose"
                                + " notice period runs): decide the objections or wait for the end of the period")
                .with(List.of("2", "1", "1"));

        assertThat(Feedback.violation(v, ZH)).startsWith("本批次仍有 2 件申请处于公示期（其中 1 件有待处理的异议，1 件公示期未满）");
    }

    @Test
    void a_refusal_about_the_case_is_not_called_an_input_error() {
        Applicant applicant = applicant(dongguanEnterprise(3));
        Violation stale = PaymentRecheck.violations(applicant, LocalDate.of(2026, 6, 1), 180)
                .get(0);
        Violation noReason = Violation.of("reason", "REASON_REQUIRED", "R-FLOW-2", "REJECT needs a reason");
        Violation unworded = Violation.of("amount", "NOT_A_NUMBER", null, "must be a number");

        assertThat(ZH.apply(Feedback.summaryKey(stale, ZH), new Object[0])).isEqualTo("不能办理");
        assertThat(ZH.apply(Feedback.summaryKey(noReason, ZH), new Object[0])).isEqualTo("输入有误");
        assertThat(ZH.apply(Feedback.summaryKey(unworded, ZH), new Object[0])).isEqualTo("输入有误");
    }

    @Test
    void a_missing_answer_of_the_final_review_is_worded_for_its_field_R_FLOW_5_R_FLOW_9() {
        Violation amount = Violation.of("verifiedAmount", "REQUIRED", "R-FLOW-5", "the verified amount is required");
        Violation originals = Violation.of("originalsChecked", "REQUIRED", "R-FLOW-9", "final review records ...");
        Violation unknownField = Violation.of("somethingElse", "REQUIRED", null, "something else is required");

        assertThat(Feedback.violation(amount, ZH)).isEqualTo("请填写核定金额（R-FLOW-5）");
        assertThat(Feedback.violation(originals, ZH)).isEqualTo("请核对原件后勾选“已核对原件”（R-FLOW-9）");
        assertThat(ZH.apply(Feedback.summaryKey(amount, ZH), new Object[0])).isEqualTo("输入有误");
        // a field without words of its own gets the generic words, never the developer's sentence (issue 11)
        assertThat(Feedback.violation(unknownField, ZH)).isEqualTo("请填写必填项");
    }

    @Test
    void a_violation_without_the_values_of_its_text_keeps_the_domain_s_words() {
        Violation v = Violation.of(null, "APPLICATIONS_IN_REVIEW", "R-CALC-9", "still in review");

        assertThat(Feedback.violation(v, ZH)).isEqualTo("不符合要求（代码 APPLICATIONS_IN_REVIEW，R-CALC-9）");
    }

    @Test
    void a_code_the_bundle_does_not_word_is_shown_by_its_code_never_by_the_developer_s_sentence() {
        Violation worded = Violation.of("amount", "NOT_A_NUMBER", null, "must be a number");
        Violation unknown = Violation.of("amount", "SOMETHING_NEW", null, "must be a number");

        assertThat(Feedback.violation(worded, ZH)).isEqualTo("应为数字");
        assertThat(ZH.apply(Feedback.summaryKey(worded, ZH), new Object[0])).isEqualTo("输入有误");
        assertThat(Feedback.violation(unknown, ZH))
                .isEqualTo("不符合要求（代码 SOMETHING_NEW）")
                .doesNotContain("must");
    }

    @Test
    void every_worded_violation_has_both_languages() {
        ResourceBundle zh =
                ResourceBundle.getBundle("cn.gov.dongguan.voucher.adapter.jsf.messages", Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle("cn.gov.dongguan.voucher.adapter.jsf.messages", Locale.ENGLISH);
        assertThat(zh.keySet().stream().filter(k -> k.startsWith("violation.") || k.startsWith("creditList.")))
                .isNotEmpty()
                .allSatisfy(k -> assertThat(en.keySet()).contains(k));
    }

    @Test
    @org.junit.jupiter.api.Tag("R-POST-1")
    void r_post_1_monitoring_refusals_are_worded_with_the_applicant_the_batch_and_the_days() {
        Violation notFunded = Violation.of("applicantUsccs[1]", "NOT_FUNDED", "R-POST-1", "applicant … is not funded")
                .with(List.of("91441900MA4100010X", "2025-demo"));
        assertThat(Feedback.violation(notFunded, ZH))
                .isEqualTo("统一社会信用代码为 91441900MA4100010X 的单位在批次 2025-demo 中未获拨付资金，不能下发跟踪监测（R-POST-1）");
        assertThat(Feedback.summaryKey(notFunded, ZH)).isEqualTo("error.refused");

        Violation early = Violation.of("dueOn", "DUE_BEFORE_ISSUE", "R-POST-1", "the due day lies before today")
                .with(List.of("2025-10-31", "2025-11-01"));
        assertThat(Feedback.violation(early, ZH)).isEqualTo("截止日期（2025-10-31）早于今天（2025-11-01）（R-POST-1）");
        assertThat(Feedback.summaryKey(early, ZH)).isEqualTo("error.invalid");

        Violation noTitle = Violation.of("title", "REQUIRED", null, "title is required");
        assertThat(Feedback.violation(noTitle, ZH)).isEqualTo("请填写监测事项");
        Violation markup = Violation.of("text", "FORBIDDEN_CHARACTERS", null, "text must not contain '<'");
        assertThat(Feedback.violation(markup, ZH)).isEqualTo("问题中不能含有 < > #{ ${ 等字符");
    }

    @Test
    void a_move_the_stage_does_not_allow_names_the_action_and_the_stage_in_words() {
        Violation v = Violation.of(null, "WRONG_STAGE", null, "action PASS does not fit stage APPROVED")
                .with(List.of("PASS", "APPROVED"));
        assertThat(Feedback.violation(v, ZH)).isEqualTo("当前状态为“已批复”，不能办理“通过”");
    }
}
