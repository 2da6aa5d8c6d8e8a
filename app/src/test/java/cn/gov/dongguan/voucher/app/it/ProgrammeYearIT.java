package cn.gov.dongguan.voucher.app.it;

import static cn.gov.dongguan.voucher.app.it.Partners.ADMIN;
import static cn.gov.dongguan.voucher.app.it.Partners.ANONYMOUS;
import static cn.gov.dongguan.voucher.app.it.Partners.CITY;
import static cn.gov.dongguan.voucher.app.it.Partners.EXPERT;
import static cn.gov.dongguan.voucher.app.it.Partners.FUND;
import static cn.gov.dongguan.voucher.app.it.Partners.PLATFORM;
import static cn.gov.dongguan.voucher.app.it.Partners.PORTAL;
import static cn.gov.dongguan.voucher.app.it.Partners.TOWN_DONGCHENG;
import static cn.gov.dongguan.voucher.app.it.Partners.etag;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A whole programme year through the API, on H2 and on PostgreSQL: one applicant claims one
 * continuing lease in two batches of funding year 2025 (分批申报), an objection holds the first
 * batch's notice past its period until it is dismissed, the plan is reported and approved, the
 * payment is refused by the re-check (look-up too old, then listed) and made after a fresh
 * look-up. The figures of both batches are computed by hand below.
 *
 * <pre>
 * lease: P1 2025-01-10 60,000.00  P2 2025-02-20 40,000.00  P3 2025-06-15 80,000.00 (bank transfers to the provider)
 *        I1 2025-01-12 60,000.00  I2 2025-02-22 40,000.00  I3 2025-06-18 80,000.00 (invoice copies)
 * batch 1, window 2024-04-23 … 2025-03-31: P1 + P2 and I1 + I2 count, P3 and I3 lie outside
 *        E1 = min(100,000.00, 100,000.00) = 100,000.00, S1 = 50 % = 50,000.00
 * batch 2, window 2025-04-01 … 2025-10-31, the same lease claimed again:
 *        I1, I2 ALREADY_SUBSIDISED (batch 1 counts them), never DUPLICATE_INVOICE; P1, P2 OUTSIDE_WINDOW while
 *        batch 1 is in review, ALREADY_SUBSIDISED once it is approved; P3 and I3 count
 *        E2 = 80,000.00, S2 = min(40,000.00, 1,000,000.00 − 50,000.00) = 40,000.00
 * </pre>
 */
class ProgrammeYearIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000) * 10);

    static Api.Answer ok(Api.Answer a) {
        assertThat(a.status()).as(a.text()).isBetween(200, 202);
        return a;
    }

    static String batch(String code, String title, String windowStart, String windowEnd) {
        Api.Answer a = ADMIN.put("/api/v1/batches/" + code, """
                {"title":"%s","fundingYear":2025,"windowStart":"%s","windowEnd":"%s",
                 "submissionDeadline":"2026-12-31T23:59:59+08:00","ratio":"0.50","annualCap":"1000000.00",
                 "minimumPayment":"50000.00","budget":"30000000.00","noticePeriodDays":7,"resubmitDays":5}""".formatted(title, windowStart, windowEnd));
        assertThat(a.status()).as(a.text()).isEqualTo(201);
        return code;
    }

    /** Every payment's and invoice's reason in the explained calculation, "counted" where it counts. */
    static Map<String, String> reasons(JsonObject calculation) {
        Map<String, String> reasons = new LinkedHashMap<>();
        JsonObject lease = calculation.getJsonArray("leases").getJsonObject(0);
        for (JsonObject p : lease.getJsonArray("payments").getValuesAs(JsonObject.class)) {
            reasons.put(p.getString("paymentRef"), p.getBoolean("counted") ? "counted" : p.getString("reason"));
        }
        for (JsonObject i : lease.getJsonArray("invoices").getValuesAs(JsonObject.class)) {
            String no = i.getString("invoiceNo");
            reasons.put(
                    "I" + no.substring(no.length() - 1), i.getBoolean("counted") ? "counted" : i.getString("reason"));
        }
        return reasons;
    }

    static String filedAndSubmitted(String batch, String uscc, String order) {
        Api.Answer created = PORTAL.post("/api/v1/applications", Partners.applicationJson(batch, uscc, order));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().getString("id");
        for (String type : Partners.ENTERPRISE_MATERIALS) {
            ok(PORTAL.upload("/api/v1/applications/" + id + "/materials/" + type, type + ".pdf", Partners.pdf(type)));
        }
        ok(PORTAL.postEmpty("/api/v1/applications/" + id + "/submit"));
        return id;
    }

    @Test
    @Tag("R-BATCH-3")
    @Tag("R-CALC-3")
    @Tag("R-CALC-6")
    @Tag("R-CALC-9")
    @Tag("R-OBJ-1")
    @Tag("R-FLOW-10")
    void one_applicant_through_two_batches_of_a_funding_year_on_one_continuing_lease() {
        int n = NEXT.incrementAndGet();
        String first = batch("YEAR-" + n + "-1", "2025年第一批（测试）", "2024-04-23", "2025-03-31");
        String second = batch("YEAR-" + n + "-2", "2025年第二批（测试）", "2025-04-01", "2025-10-31");

        String uscc = DomainFixtures.dongguanEnterprise(800_000 + n).value();
        ok(PORTAL.put("/api/v1/applicants/" + uscc, Partners.applicantJson("DONGCHENG", "东莞市全年" + n + "智能有限公司")));
        String order = "ORD-YEAR-" + n;
        ok(PLATFORM.put("/api/v1/leases/" + order, """
                {"applicantUscc":"%s","contractNo":"HT-2025-Y%d","productName":"昇腾AI加速型8卡专属实例训练910B",
                 "productType":"THIRD_PARTY","resourceType":"NPU","billingMode":"SUBSCRIPTION","quantity":2,
                 "start":"2024-12-01","end":"2025-11-30","contractAmount":"900000.00","local":true,
                 "provider":{"name":"深圳某算力服务有限公司","uscc":"91440300708461136T","bankName":"招商银行深圳分行",
                             "accountNumber":"%s","relatedParties":[]},
                 "platformSealed":true,"otherFiscalFunding":false}""".formatted(uscc, n, Partners.PROVIDER_ACCOUNT)));
        String[][] money = {
            {"2025-01-10", "2025-01-12", "60000.00"},
            {"2025-02-20", "2025-02-22", "40000.00"},
            {"2025-06-15", "2025-06-18", "80000.00"}
        };
        for (int i = 0; i < money.length; i++) {
            ok(PLATFORM.put(
                    "/api/v1/leases/" + order + "/payments/P" + (i + 1),
                    Partners.paymentJson(money[i][0], money[i][2])));
            ok(PLATFORM.put(
                    "/api/v1/leases/" + order + "/invoices/" + String.format("2544%015d%d", n, i + 1),
                    """
                    {"invoiceCode":null,"issuedOn":"%s","amount":"%s","copy":"INVOICE_COPY","kind":"NORMAL",
                     "issuerUscc":"91440300708461136T"}""".formatted(money[i][1], money[i][2])));
        }
        ok(PLATFORM.post("/api/v1/usage-records", """
                [{"recordId":"U-%s","orderNo":"%s","periodStart":"2025-01-01T00:00:00+08:00",
                  "periodEnd":"2025-02-01T00:00:00+08:00","cardHours":720,"utilisation":85.5}]""".formatted(order, order)));

        String one = filedAndSubmitted(first, uscc, order);
        String two = filedAndSubmitted(second, uscc, order);

        // batch 1 counts what its window holds
        JsonObject calcOne =
                ok(CITY.get("/api/v1/applications/" + one + "/calculation")).json();
        assertThat(reasons(calcOne))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "P1",
                        "counted",
                        "P2",
                        "counted",
                        "P3",
                        "OUTSIDE_WINDOW",
                        "I1",
                        "counted",
                        "I2",
                        "counted",
                        "I3",
                        "OUTSIDE_WINDOW"));
        assertThat(calcOne.getString("eligibleExpense")).isEqualTo("100000.00");
        assertThat(calcOne.getString("subsidy")).isEqualTo("50000.00");
        // batch 2: the same lease again is no duplicate; batch 1's invoices are already subsidised
        JsonObject calcTwo =
                ok(CITY.get("/api/v1/applications/" + two + "/calculation")).json();
        assertThat(reasons(calcTwo))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "P1",
                        "OUTSIDE_WINDOW",
                        "P2",
                        "OUTSIDE_WINDOW",
                        "P3",
                        "counted",
                        "I1",
                        "ALREADY_SUBSIDISED",
                        "I2",
                        "ALREADY_SUBSIDISED",
                        "I3",
                        "counted"));
        assertThat(calcTwo.getString("eligibleExpense")).isEqualTo("80000.00");
        for (String id : List.of(one, two)) {
            assertThat(ok(CITY.get("/api/v1/applications/" + id))
                            .json()
                            .getJsonArray("flags")
                            .toString())
                    .doesNotContain("DUPLICATE_INVOICE");
        }

        // R-CALC-9: batch 2's allocation waits while its application is in review
        Api.Answer early = FUND.post("/api/v1/batches/" + second + "/allocation", "{\"mode\":\"RATIO\"}");
        assertThat(early.status()).as(early.text()).isEqualTo(409);
        assertThat(early.text()).contains("SUBMITTED 1").contains("R-CALC-9");

        // batch 1 through the review, the allocation and the notice
        ok(CITY.action(one, etag(one), "{\"action\":\"OPEN\"}"));
        ok(CITY.action(one, etag(one), "{\"action\":\"PASS\"}"));
        ok(CITY.action(one, etag(one), "{\"action\":\"PASS\"}"));
        ok(TOWN_DONGCHENG.action(one, etag(one), "{\"action\":\"PASS\",\"paperDossierReceived\":true}"));
        Api.Answer noOriginals = EXPERT.action(
                one,
                etag(one),
                "{\"action\":\"PASS\",\"verifiedAmount\":\"100000.00\",\"legalRepConfirmation\":\"SIGNATURE\"}");
        assertThat(noOriginals.status()).as(noOriginals.text()).isEqualTo(422);
        assertThat(noOriginals.text()).contains("originalsChecked").contains("R-FLOW-9");
        ok(EXPERT.action(one, etag(one), """
                {"action":"PASS","verifiedAmount":"100000.00","legalRepConfirmation":"SIGNATURE","originalsChecked":true}"""));
        ok(FUND.post("/api/v1/batches/" + first + "/allocation", "{\"mode\":\"RATIO\"}"));
        ok(CITY.postEmpty("/api/v1/batches/" + first + "/notice"));

        // R-OBJ-1: an objection holds the notice past its period until it is decided
        String objection = ok(ANONYMOUS.post(
                        "/api/v1/public/notices/" + first + "/objections",
                        "{\"applicationId\":\"" + one
                                + "\",\"text\":\"该企业与算力提供方存在关联关系\",\"contact\":\"王先生 13800138000\"}"))
                .json()
                .getString("objectionId");
        List<JsonObject> filed = ok(CITY.get("/api/v1/applications/" + one + "/objections"))
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(filed).singleElement().satisfies(o -> {
            assertThat(o.getString("id")).isEqualTo(objection);
            assertThat(o.getString("status")).isEqualTo("OPEN");
            assertThat(o.getString("text")).isEqualTo("该企业与算力提供方存在关联关系");
            assertThat(o.getString("contact")).isEqualTo("王先生 13800138000");
        });
        assertThat(FUND.get("/api/v1/applications/" + one + "/objections").status())
                .isEqualTo(403);
        ok(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"P9D\"}"));
        JsonObject held = ok(CITY.get("/api/v1/applications/" + one)).json();
        assertThat(held.getString("stage")).isEqualTo("PUBLIC_NOTICE");
        assertThat(held.getJsonArray("flags").toString()).contains("OBJECTION_PENDING");
        Api.Answer tooEarly = CITY.postEmpty("/api/v1/batches/" + first + "/report");
        assertThat(tooEarly.status()).as(tooEarly.text()).isEqualTo(409);
        assertThat(tooEarly.text()).contains("R-OBJ-1");
        Api.Answer noReason =
                CITY.action(one, etag(one), "{\"action\":\"DISMISS_OBJECTION\",\"objectionId\":\"" + objection + "\"}");
        assertThat(noReason.status()).as(noReason.text()).isEqualTo(422);
        JsonObject dismissed =
                ok(CITY.action(one, etag(one), """
                {"action":"DISMISS_OBJECTION","objectionId":"%s","reason":"经核查，双方无股权或隶属关系，异议不成立"}""".formatted(objection))).json();
        assertThat(dismissed.getString("stage")).isEqualTo("NOTICE_PASSED");
        assertThat(ok(CITY.get("/api/v1/applications/" + one + "/objections"))
                        .array()
                        .getJsonObject(0)
                        .getString("status"))
                .isEqualTo("DISMISSED");

        ok(CITY.postEmpty("/api/v1/batches/" + first + "/report"));
        ok(CITY.post(
                "/api/v1/batches/" + first + "/approval",
                "{\"approvedOn\":\"2025-12-20\",\"documentNo\":\"东府〔2025〕Y" + n + "号\"}"));

        // R-FLOW-10: the re-check before payment
        String checkedOn = ok(CITY.get("/api/v1/applicants/" + uscc))
                .json()
                .getJsonObject("creditRecord")
                .getString("checkedOn");
        LocalDate paidOn = LocalDate.parse(checkedOn).plusDays(40);
        String pay = "{\"action\":\"DISBURSE\",\"bankReference\":\"BK-Y" + n + "\",\"paidOn\":\"" + paidOn + "\"}";
        Api.Answer tooOld = FUND.action(one, etag(one), pay);
        assertThat(tooOld.status()).as(tooOld.text()).isEqualTo(422);
        assertThat(tooOld.text()).contains("CREDIT_CHECK_TOO_OLD").contains("R-ELIG-4");
        ok(CITY.put(
                "/api/v1/applicants/" + uscc + "/credit-record",
                "{\"checkedOn\":\"" + paidOn.minusDays(1) + "\",\"listedOn\":[\"SERIOUS_DISHONESTY\"]}"));
        Api.Answer listed = FUND.action(one, etag(one), pay);
        assertThat(listed.status()).as(listed.text()).isEqualTo(422);
        assertThat(listed.text()).contains("CREDIT_LISTED");
        assertThat(ok(CITY.get("/api/v1/applications/" + one)).json().getString("stage"))
                .isEqualTo("APPROVED");
        ok(CITY.put(
                "/api/v1/applicants/" + uscc + "/credit-record", "{\"checkedOn\":\"" + paidOn + "\",\"listedOn\":[]}"));
        JsonObject paid = ok(FUND.action(one, etag(one), pay)).json();
        assertThat(paid.getString("stage")).isEqualTo("DISBURSED");
        assertThat(paid.getString("allocatedAmount")).isEqualTo("50000.00");

        // batch 2 after batch 1 was funded: its payments are subsidised, the year's cap is shared
        JsonObject after =
                ok(CITY.get("/api/v1/applications/" + two + "/calculation")).json();
        assertThat(reasons(after))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "P1",
                        "ALREADY_SUBSIDISED",
                        "P2",
                        "ALREADY_SUBSIDISED",
                        "P3",
                        "counted",
                        "I1",
                        "ALREADY_SUBSIDISED",
                        "I2",
                        "ALREADY_SUBSIDISED",
                        "I3",
                        "counted"));
        assertThat(after.getString("eligibleExpense")).isEqualTo("80000.00");
        assertThat(after.getString("capRemaining")).isEqualTo("950000.00");
        assertThat(after.getString("subsidy")).isEqualTo("40000.00");
        // and batch 1's figures are what they were
        JsonObject stillOne =
                ok(CITY.get("/api/v1/applications/" + one + "/calculation")).json();
        assertThat(stillOne.getString("eligibleExpense")).isEqualTo("100000.00");
        assertThat(stillOne.getString("subsidy")).isEqualTo("50000.00");
    }

    @Test
    @Tag("R-FLOW-6")
    void serious_fraud_disqualifies_the_applicant_everywhere_it_is_shown_until_the_city_bureau_lifts_it() {
        String batch = Partners.batch();
        Partners.Filed f = Partners.submitted(batch, "DONGCHENG", "60000.00");
        ok(CITY.action(f.applicationId(), etag(f.applicationId()), "{\"action\":\"OPEN\"}"));
        ok(CITY.action(
                f.applicationId(),
                etag(f.applicationId()),
                "{\"action\":\"TERMINATE\",\"reason\":\"伪造发票\",\"seriousFraud\":true}"));
        JsonObject applicant = ok(CITY.get("/api/v1/applicants/" + f.uscc())).json();
        assertThat(applicant.getBoolean("disqualified")).isTrue();
        assertThat(applicant.getJsonObject("disqualification").getString("applicationId"))
                .isEqualTo(f.applicationId());
        assertThat(applicant.getJsonObject("disqualification").getString("reason"))
                .isEqualTo("伪造发票");
        assertThat(ok(CITY.get("/api/v1/applications?batch=" + batch))
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getBoolean("applicantDisqualified"))
                .isTrue();
        Api.Answer again = PORTAL.post("/api/v1/applications", Partners.applicationJson(batch, f.uscc(), f.orderNo()));
        assertThat(again.status()).as(again.text()).isEqualTo(422);
        assertThat(again.text()).contains("R-FLOW-6");

        Api.Answer noReason = CITY.post("/api/v1/applicants/" + f.uscc() + "/disqualification/lift", "{}");
        assertThat(noReason.status()).as(noReason.text()).isEqualTo(422);
        assertThat(FUND.post("/api/v1/applicants/" + f.uscc() + "/disqualification/lift", "{\"reason\":\"复核\"}")
                        .status())
                .isEqualTo(403);
        JsonObject lifted = ok(CITY.post(
                        "/api/v1/applicants/" + f.uscc() + "/disqualification/lift", "{\"reason\":\"经复核，恢复申报资格\"}"))
                .json();
        assertThat(lifted.getBoolean("disqualified")).isFalse();
        assertThat(!lifted.containsKey("disqualification") || lifted.isNull("disqualification"))
                .isTrue();
        Api.Answer twice =
                CITY.post("/api/v1/applicants/" + f.uscc() + "/disqualification/lift", "{\"reason\":\"再次\"}");
        assertThat(twice.status()).as(twice.text()).isEqualTo(409);
        ok(PORTAL.post("/api/v1/applications", Partners.applicationJson(batch, f.uscc(), f.orderNo())));
    }
}
