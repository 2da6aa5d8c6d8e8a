package cn.gov.dongguan.voucher.app.it;

import static cn.gov.dongguan.voucher.app.it.Partners.ADMIN;
import static cn.gov.dongguan.voucher.app.it.Partners.CITY;
import static cn.gov.dongguan.voucher.app.it.Partners.EXPERT;
import static cn.gov.dongguan.voucher.app.it.Partners.FUND;
import static cn.gov.dongguan.voucher.app.it.Partners.PORTAL;
import static cn.gov.dongguan.voucher.app.it.Partners.TOWN_DONGCHENG;
import static cn.gov.dongguan.voucher.app.it.Partners.TOWN_SONGSHANHU;
import static cn.gov.dongguan.voucher.app.it.Partners.etag;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Post-award monitoring (R-POST-1) through the API, on H2 and on PostgreSQL: two applicants funded
 * in a batch of their own (Dongcheng and Songshanhu), one still in review elsewhere; the city bureau
 * issues a questionnaire, the portal answers one on time and the other late, after the clock has
 * made it overdue and flagged the applicant's next application.
 */
@Tag("R-POST-1")
class MonitoringIT {

    static Api.Answer ok(Api.Answer a) {
        assertThat(a.status()).as(a.text()).isBetween(200, 201);
        return a;
    }

    static LocalDate today() {
        String now = ok(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"PT1S\"}"))
                .json()
                .getString("now");
        return OffsetDateTime.parse(now).toLocalDate();
    }

    /** Takes the batch's submitted applications through review, allocation, notice, approval and payment. */
    static void funded(String batch, Map<Partners.Filed, Api> towns) {
        for (var e : towns.entrySet()) {
            String id = e.getKey().applicationId();
            ok(CITY.action(id, etag(id), "{\"action\":\"OPEN\"}"));
            ok(CITY.action(id, etag(id), "{\"action\":\"PASS\"}"));
            ok(CITY.action(id, etag(id), "{\"action\":\"PASS\"}"));
            ok(e.getValue().action(id, etag(id), "{\"action\":\"PASS\",\"paperDossierReceived\":true}"));
            String expense = ok(CITY.get("/api/v1/applications/" + id + "/calculation"))
                    .json()
                    .getString("eligibleExpense");
            ok(EXPERT.action(id, etag(id), """
                    {"action":"PASS","verifiedAmount":"%s","legalRepConfirmation":"SIGNATURE","originalsChecked":true}""".formatted(expense)));
        }
        ok(FUND.post("/api/v1/batches/" + batch + "/allocation", "{\"mode\":\"RATIO\"}"));
        ok(CITY.postEmpty("/api/v1/batches/" + batch + "/notice"));
        ok(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"P9D\"}"));
        ok(CITY.postEmpty("/api/v1/batches/" + batch + "/report"));
        ok(CITY.post(
                "/api/v1/batches/" + batch + "/approval",
                "{\"approvedOn\":\"" + today() + "\",\"documentNo\":\"东府〔2025〕M" + batch + "号\"}"));
        LocalDate paidOn = today();
        int n = 0;
        for (Partners.Filed f : towns.keySet()) {
            ok(CITY.put(
                    "/api/v1/applicants/" + f.uscc() + "/credit-record",
                    "{\"checkedOn\":\"" + paidOn + "\",\"listedOn\":[]}"));
            JsonObject paid = ok(FUND.action(
                            f.applicationId(),
                            etag(f.applicationId()),
                            "{\"action\":\"DISBURSE\",\"bankReference\":\"BK-M" + batch + "-" + (++n)
                                    + "\",\"paidOn\":\"" + paidOn + "\"}"))
                    .json();
            assertThat(paid.getString("stage")).isEqualTo("DISBURSED");
        }
    }

    static String questionnaire(String batch, String applicants, LocalDate due) {
        return """
                {"batch":"%s",%s"title":"2026年一季度经营情况","dueOn":"%s",
                 "questions":[{"key":"revenue","text":"一季度营业收入（元）","kind":"MONEY"},
                              {"key":"staff","text":"研发人员数","kind":"NUMBER"},
                              {"key":"launchedOn","text":"算力应用上线日期","kind":"DATE"},
                              {"key":"effect","text":"算力使用成效","kind":"TEXT"}]}""".formatted(batch, applicants == null ? "" : "\"applicantUsccs\":" + applicants + ",", due);
    }

    static final String ANSWER = """
            {"answers":{"revenue":"120000000.00","staff":35,"launchedOn":"2026-02-28","effect":"训练周期缩短40%"}}""";

    static long lastSeq() {
        long after = 0;
        while (true) {
            JsonObject page = ok(PORTAL.get("/api/v1/events?after=" + after + "&limit=1000"))
                    .json();
            List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                return after;
            }
            after = page.getJsonNumber("next").longValue();
        }
    }

    @Test
    void r_post_1_issue_answer_overdue_late_flag_feed_and_export() throws Exception {
        String batch = Partners.batch();
        Partners.Filed dongcheng = Partners.submitted(batch, "DONGCHENG", "60000.00");
        Partners.Filed songshanhu = Partners.submitted(batch, "SONGSHANHU", "80000.00");
        Partners.Filed inReview = Partners.submitted(Partners.batch(), "DONGCHENG", "70000.00");
        Map<Partners.Filed, Api> towns = new java.util.LinkedHashMap<>();
        towns.put(dongcheng, TOWN_DONGCHENG);
        towns.put(songshanhu, TOWN_SONGSHANHU);
        funded(batch, towns);
        LocalDate due = today().plusDays(3);

        // only the city bureau issues; an applicant not funded in the batch is refused and nothing is issued
        Api.Answer byPortal = PORTAL.post("/api/v1/monitoring-requests", questionnaire(batch, null, due));
        assertThat(byPortal.status()).as(byPortal.text()).isEqualTo(403);
        assertThat(TOWN_DONGCHENG
                        .post("/api/v1/monitoring-requests", questionnaire(batch, null, due))
                        .status())
                .isEqualTo(403);
        Api.Answer unfunded = CITY.post(
                "/api/v1/monitoring-requests",
                questionnaire(batch, "[\"" + dongcheng.uscc() + "\",\"" + inReview.uscc() + "\"]", due));
        assertThat(unfunded.status()).as(unfunded.text()).isEqualTo(422);
        assertThat(unfunded.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("applicantUsccs[1]");
        assertThat(unfunded.codes()).containsExactly("NOT_FUNDED");
        assertThat(unfunded.rules()).containsExactly("R-POST-1");
        Api.Answer badQuestions = CITY.post("/api/v1/monitoring-requests", """
                {"batch":"%s","title":"情况","dueOn":"%s","questions":[{"key":"1x","text":"问","kind":"COLOUR"}]}""".formatted(batch, due));
        assertThat(badQuestions.status()).as(badQuestions.text()).isEqualTo(422);
        assertThat(badQuestions.text()).contains("questions[0].kind");
        assertThat(ok(CITY.get("/api/v1/monitoring-requests?batch=" + batch))
                        .json()
                        .getJsonArray("items"))
                .isEmpty();

        long seqBefore = lastSeq();
        Api.Answer issued = CITY.post("/api/v1/monitoring-requests", questionnaire(batch, null, due));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        List<JsonObject> items = issued.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(2);
        Map<String, JsonObject> byApplicant =
                items.stream().collect(Collectors.toMap(i -> i.getString("applicantUscc"), i -> i));
        JsonObject toDongcheng = byApplicant.get(dongcheng.uscc());
        JsonObject toSongshanhu = byApplicant.get(songshanhu.uscc());
        assertThat(toDongcheng.getString("status")).isEqualTo("OPEN");
        assertThat(toDongcheng.getString("town")).isEqualTo("DONGCHENG");
        assertThat(toDongcheng.getString("applicationId")).isEqualTo(dongcheng.applicationId());
        assertThat(toDongcheng.getString("dueOn")).isEqualTo(due.toString());
        assertThat(toDongcheng.getBoolean("late")).isFalse();
        assertThat(toDongcheng.isNull("answeredAt")).isTrue();
        assertThat(toDongcheng.getJsonArray("questions")).hasSize(4);
        String dongchengId = toDongcheng.getString("id");
        String songshanhuId = toSongshanhu.getString("id");

        // town scoping: another town's request does not exist for a town officer
        assertThat(TOWN_SONGSHANHU
                        .get("/api/v1/monitoring-requests/" + dongchengId)
                        .status())
                .isEqualTo(404);
        assertThat(ok(TOWN_DONGCHENG.get("/api/v1/monitoring-requests/" + dongchengId))
                        .json()
                        .getString("applicantUscc"))
                .isEqualTo(dongcheng.uscc());
        assertThat(ok(TOWN_DONGCHENG.get("/api/v1/monitoring-requests?batch=" + batch))
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("id"))
                .containsExactly(dongchengId);
        assertThat(EXPERT.get("/api/v1/monitoring-requests").status()).isEqualTo(403);
        assertThat(PORTAL.get("/api/v1/monitoring-requests/not-a-uuid").status())
                .isEqualTo(404);

        // answers: money as a number, a missing answer, the city bureau as answerer
        Api.Answer moneyAsNumber = PORTAL.put("/api/v1/monitoring-requests/" + dongchengId + "/answer", """
                {"answers":{"revenue":120000000.00,"staff":35,"launchedOn":"2026-02-28","effect":"成效"}}""");
        assertThat(moneyAsNumber.status()).as(moneyAsNumber.text()).isEqualTo(422);
        assertThat(moneyAsNumber.text()).contains("answers.revenue").contains("ANSWER_NOT_MONEY");
        Api.Answer missing = PORTAL.put("/api/v1/monitoring-requests/" + dongchengId + "/answer", """
                {"answers":{"revenue":"120000000.00","staff":35,"launchedOn":"2026-02-28"}}""");
        assertThat(missing.status()).as(missing.text()).isEqualTo(422);
        assertThat(missing.text()).contains("answers.effect").contains("ANSWER_REQUIRED");
        assertThat(PORTAL.put("/api/v1/monitoring-requests/" + dongchengId + "/answer", "{}")
                        .status())
                .isEqualTo(422);
        assertThat(CITY.put("/api/v1/monitoring-requests/" + dongchengId + "/answer", ANSWER)
                        .status())
                .isEqualTo(403);

        JsonObject answered = ok(PORTAL.put("/api/v1/monitoring-requests/" + dongchengId + "/answer", ANSWER))
                .json();
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.getBoolean("late")).isFalse();
        assertThat(answered.getJsonObject("answers").getString("revenue")).isEqualTo("120000000.00");
        assertThat(answered.getJsonObject("answers").getJsonNumber("staff").intValue())
                .isEqualTo(35);
        JsonObject again = ok(PORTAL.put("/api/v1/monitoring-requests/" + dongchengId + "/answer", ANSWER))
                .json();
        assertThat(again.getString("answeredAt")).isEqualTo(answered.getString("answeredAt"));
        Api.Answer different = PORTAL.put(
                "/api/v1/monitoring-requests/" + dongchengId + "/answer",
                ANSWER.replace("120000000.00", "130000000.00"));
        assertThat(different.status()).as(different.text()).isEqualTo(409);

        // overdue at read time once the due day has ended: the request, the list and the next application
        ok(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"P5D\"}"));
        assertThat(ok(CITY.get("/api/v1/monitoring-requests/" + songshanhuId))
                        .json()
                        .getString("status"))
                .isEqualTo("OVERDUE");
        assertThat(ok(CITY.get("/api/v1/monitoring-requests?status=OVERDUE&batch=" + batch))
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("id"))
                .containsExactly(songshanhuId);
        String later = Partners.batch();
        Api.Answer next = PORTAL.post(
                "/api/v1/applications", Partners.applicationJson(later, songshanhu.uscc(), songshanhu.orderNo()));
        assertThat(next.status()).as(next.text()).isEqualTo(201);
        String nextId = next.json().getString("id");
        assertThat(ok(CITY.get("/api/v1/applications/" + nextId))
                        .json()
                        .getJsonArray("flags")
                        .toString())
                .contains("MONITORING_OVERDUE");
        assertThat(ok(CITY.get("/api/v1/applications/" + dongcheng.applicationId()))
                        .json()
                        .getJsonArray("flags")
                        .toString())
                .doesNotContain("MONITORING_OVERDUE");
        assertThat(ok(CITY.get("/api/v1/applications?batch=" + later))
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getBoolean("monitoringOverdue"))
                .isTrue();

        // a late answer is accepted and marked; the flag goes
        JsonObject late = ok(PORTAL.put(
                        "/api/v1/monitoring-requests/" + songshanhuId + "/answer",
                        ANSWER.replace("120000000.00", "-35000.50")))
                .json();
        assertThat(late.getString("status")).isEqualTo("ANSWERED");
        assertThat(late.getBoolean("late")).isTrue();
        assertThat(ok(CITY.get("/api/v1/applications/" + nextId))
                        .json()
                        .getJsonArray("flags")
                        .toString())
                .doesNotContain("MONITORING_OVERDUE");

        // the change feed: two requests, two answers (the replay published nothing), with their requests
        List<JsonObject> events = ok(PORTAL.get("/api/v1/events?after=" + seqBefore + "&limit=1000"))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("type").startsWith("MONITORING_"))
                .toList();
        assertThat(events)
                .extracting(e -> e.getString("type") + " " + e.getString("monitoringRequestId") + " " + e.get("from")
                        + "→" + e.getString("to"))
                .containsExactlyInAnyOrder(
                        "MONITORING_REQUESTED " + dongchengId + " null→OPEN",
                        "MONITORING_REQUESTED " + songshanhuId + " null→OPEN",
                        "MONITORING_ANSWERED " + dongchengId + " \"OPEN\"→ANSWERED",
                        "MONITORING_ANSWERED " + songshanhuId + " \"OVERDUE\"→ANSWERED");

        // the export: one row per request and question, with status and answer
        Api.Answer xlsx = CITY.get("/api/v1/batches/" + batch + "/exports/monitoring.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(FUND.get("/api/v1/batches/" + batch + "/exports/monitoring.xlsx")
                        .status())
                .isEqualTo(403);
        List<List<String>> rows = new ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(xlsx.raw().body()))) {
            book.getSheetAt(0).forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(
                        cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                ? java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                                        .stripTrailingZeros()
                                        .toPlainString()
                                : cell.getStringCellValue()));
                rows.add(cells);
            });
        }
        assertThat(rows.get(0)).startsWith("监测请求编号", "监测事项").contains("状态", "逾期回复", "问题", "回答");
        assertThat(rows).hasSize(1 + 2 * 4);
        assertThat(rows)
                .filteredOn(r -> r.get(0).equals(songshanhuId) && r.get(10).equals("revenue"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get(5)).isEqualTo(songshanhu.uscc());
                    assertThat(r.get(7)).isEqualTo("ANSWERED");
                    assertThat(r.get(8)).isEqualTo("是");
                    // an amount is a numeric cell, to be summed
                    assertThat(r.get(13)).isEqualTo("-35000.5");
                });
        assertThat(rows)
                .filteredOn(r -> r.get(0).equals(dongchengId) && r.get(10).equals("staff"))
                .singleElement()
                .satisfies(r -> assertThat(r.get(13)).isEqualTo("35"));
    }
}
