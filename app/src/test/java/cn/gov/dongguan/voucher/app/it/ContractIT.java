package cn.gov.dongguan.voucher.app.it;

import static cn.gov.dongguan.voucher.app.it.Partners.CITY;
import static cn.gov.dongguan.voucher.app.it.Partners.EXPERT;
import static cn.gov.dongguan.voucher.app.it.Partners.FUND;
import static cn.gov.dongguan.voucher.app.it.Partners.PLATFORM;
import static cn.gov.dongguan.voucher.app.it.Partners.PORTAL;
import static cn.gov.dongguan.voucher.app.it.Partners.TOWN_SONGSHANHU;
import static cn.gov.dongguan.voucher.app.it.Partners.etag;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The status codes and error shapes of api.md, and a catalogue of bad inputs, each refused with the
 * right code and nothing written.
 */
class ContractIT {

    static void problem(Api.Answer a, int status) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().getInt("status")).isEqualTo(status);
        assertThat(a.json().containsKey("errors")).isTrue();
    }

    @Test
    void tokens_401_and_roles_403() {
        Api.Answer none = Api.as(null).get("/api/v1/batches");
        problem(none, 401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        problem(Api.as("not-a-token").get("/api/v1/batches"), 401);
        String batch = Partners.batch();
        problem(PORTAL.post("/api/v1/batches/" + batch + "/allocation", "{\"mode\":\"RATIO\"}"), 403);
        String id = Partners.submitted(batch, "DONGCHENG", "60000.00").applicationId();
        problem(PLATFORM.get("/api/v1/applications/" + id), 403);
        problem(PORTAL.action(id, etag(id), "{\"action\":\"OPEN\"}"), 403);
        problem(PORTAL.post("/api/v1/admin/clock", "{\"advance\":\"P1D\"}"), 403);
    }

    @Test
    void not_found_conflict_stale_and_precondition_required() {
        String batch = Partners.batch();
        Partners.Filed f = Partners.submitted(batch, "DONGCHENG", "60000.00");
        String id = f.applicationId();
        problem(CITY.get("/api/v1/applications/00000000-0000-0000-0000-000000000000"), 404);
        problem(EXPERT.action(id, etag(id), "{\"action\":\"PASS\"}"), 409);
        problem(PORTAL.post("/api/v1/applications", Partners.applicationJson(batch, f.uscc(), f.orderNo())), 409);
        problem(CITY.action(id, null, "{\"action\":\"OPEN\"}"), 428);
        String seen = etag(id);
        assertThat(CITY.action(id, seen, "{\"action\":\"OPEN\"}").status()).isEqualTo(200);
        Api.Answer stale = CITY.action(id, seen, "{\"action\":\"PASS\"}");
        problem(stale, 412);
        assertThat(CITY.get("/api/v1/applications/" + id).json().getString("stage"))
                .isEqualTo("ELIGIBILITY_CHECK");
        // a different body for a payment of a lease claimed past DRAFT
        problem(
                PLATFORM.put(
                        "/api/v1/leases/" + f.orderNo() + "/payments/P0",
                        Partners.paymentJson("2025-01-10", "60001.00")),
                409);
        assertThat(PLATFORM.put(
                                "/api/v1/leases/" + f.orderNo() + "/payments/P0",
                                Partners.paymentJson("2025-01-10", "60000.00"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void idempotent_replays_and_chinese_text_round_trip() {
        int n = (int) (System.nanoTime() % 1_000_000);
        String uscc = DomainFixtures.dongguanEnterprise(n).value();
        String body = Partners.applicantJson("HUMEN", "东莞市虎门镇（测试）数智科技有限公司");
        assertThat(PORTAL.put("/api/v1/applicants/" + uscc, body).status()).isEqualTo(201);
        Api.Answer again = PORTAL.put("/api/v1/applicants/" + uscc, body);
        assertThat(again.status()).isEqualTo(200);
        var read = PORTAL.get("/api/v1/applicants/" + uscc).json();
        assertThat(read.getString("name")).isEqualTo("东莞市虎门镇（测试）数智科技有限公司");
        assertThat(read.getJsonObject("legalRepresentative").getString("idNumber"))
                .matches("4419\\*{10}\\d{3}[\\dX]");
        assertThat(read.getJsonObject("legalRepresentative").getString("mobile"))
                .isEqualTo("138****8000");
        assertThat(read.getJsonObject("bank").getString("accountNumber")).doesNotContain("0200112233");
        assertThat(PORTAL.put("/api/v1/applicants/" + uscc.toLowerCase(), body).status())
                .isEqualTo(200);
    }

    @Test
    void bad_inputs_are_refused_with_the_right_code_and_nothing_is_written() {
        int n = (int) (System.nanoTime() % 1_000_000) + 1_000_000;
        String uscc = DomainFixtures.dongguanEnterprise(n).value();
        String good = Partners.applicantJson("DONGCHENG", "东莞市好单位有限公司");
        problem(PORTAL.put("/api/v1/applicants/91440300708461136U", good), 422);
        problem(
                PORTAL.put(
                        "/api/v1/applicants/" + uscc,
                        good.replace(
                                "\"category\":\"MANUFACTURING\"", "\"category\":\"MANUFACTURING\",\"role\":\"admin\"")),
                422);
        problem(
                PORTAL.put(
                        "/api/v1/applicants/" + uscc, Partners.applicantJson("DONGCHENG", "<script>alert(1)</script>")),
                422);
        problem(
                PORTAL.put(
                        "/api/v1/applicants/" + uscc,
                        Partners.applicantJson("DONGCHENG", "#{facesContext.externalContext}")),
                422);
        problem(PORTAL.put("/api/v1/applicants/" + uscc, "{not json"), 400);
        Api.Answer atlantis =
                PORTAL.put("/api/v1/applicants/" + uscc, Partners.applicantJson("ATLANTIS", "东莞市好单位有限公司"));
        problem(atlantis, 422);
        assertThat(atlantis.rules()).contains("R-REF-1");
        assertThat(PORTAL.send(HttpRequest.newBuilder(URI.create(PORTAL.base + "/api/v1/applicants/" + uscc))
                                .header("Authorization", "Bearer demo-portal-token")
                                .header("Content-Type", "text/plain")
                                .PUT(HttpRequest.BodyPublishers.ofString(good))
                                .build())
                        .status())
                .isEqualTo(415);
        problem(PORTAL.get("/api/v1/applicants/" + uscc), 404);

        Partners.Filed f = Partners.applicantWithLease("DONGCHENG", "60000.00");
        String order = f.orderNo();
        for (String amount : List.of("60000", "60000.001", "-5.00", "99999999999999.00", "abc")) {
            problem(
                    PLATFORM.put(
                            "/api/v1/leases/" + order + "/payments/BAD", Partners.paymentJson("2025-01-10", amount)),
                    422);
        }
        Api.Answer number = PLATFORM.put(
                "/api/v1/leases/" + order + "/payments/BAD",
                "{\"paidOn\":\"2025-01-10\",\"amount\":60000.00,\"method\":\"BANK_TRANSFER\",\"payeeAccount\":\""
                        + Partners.PROVIDER_ACCOUNT + "\"}");
        problem(number, 422);
        assertThat(number.rules()).contains("R-ID-2");
        problem(
                PLATFORM.put("/api/v1/leases/" + order + "/payments/BAD", Partners.paymentJson("2025-13-40", "1.00")),
                422);
        problem(
                PLATFORM.put(
                        "/api/v1/leases/BAD-LEASE",
                        Partners.leaseJson(f.uscc()).replace("\"end\":\"2025-04-30\"", "\"end\":\"2023-01-01\"")),
                422);
        problem(PLATFORM.put("/api/v1/leases/" + order + "/invoices/123", Partners.invoiceJson("1.00")), 422);
        // nothing of it was written: the lease still holds its one payment
        String batch = Partners.batch();
        Api.Answer created = PORTAL.post("/api/v1/applications", Partners.applicationJson(batch, f.uscc(), order));
        String id = created.json().getString("id");
        assertThat(CITY.get("/api/v1/applications/" + id + "/calculation")
                        .json()
                        .getJsonArray("leases")
                        .getJsonObject(0)
                        .getJsonArray("payments"))
                .hasSize(1);

        Api.Answer flying = PORTAL.post(
                "/api/v1/applications",
                Partners.applicationJson(batch, f.uscc(), order)
                        .replace("\"purposes\":[\"TRAINING\",\"INFERENCE\"]", "\"purposes\":[\"FLYING\"]"));
        problem(flying, 422);
        assertThat(flying.rules()).contains("R-REF-3");
        // uploads: disguised content, oversize
        problem(
                PORTAL.upload(
                        "/api/v1/applications/" + id + "/materials/OTHER",
                        "invoice.pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                415);
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(Partners.pdf("x"), 0, big, 0, 10);
        problem(PORTAL.upload("/api/v1/applications/" + id + "/materials/OTHER", "big.pdf", big), 413);
        assertThat(CITY.get("/api/v1/applications/" + id).json().getJsonArray("materials"))
                .isEmpty();
        // submission lists every unmet condition of R-FLOW-1
        Api.Answer incomplete = PORTAL.postEmpty("/api/v1/applications/" + id + "/submit");
        problem(incomplete, 422);
        assertThat(incomplete.rules()).containsOnly("R-FLOW-1");
        assertThat(incomplete.codes()).contains("MATERIAL_MISSING");
        // policy limits of R-BATCH-2
        Api.Answer ratio = FUND.put("/api/v1/batches/" + batch + "/policy", "{\"ratio\":\"0.51\"}");
        problem(ratio, 422);
        assertThat(ratio.rules()).contains("R-BATCH-2");
        problem(FUND.put("/api/v1/batches/" + batch + "/policy", "{\"annualCap\":\"1000000.01\"}"), 422);
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_another_towns_application_is_not_found_anywhere() {
        String batch = Partners.batch();
        String id = Partners.submitted(batch, "DONGCHENG", "60000.00").applicationId();
        problem(TOWN_SONGSHANHU.get("/api/v1/applications/" + id), 404);
        problem(TOWN_SONGSHANHU.get("/api/v1/applications/" + id + "/calculation"), 404);
        problem(TOWN_SONGSHANHU.get("/api/v1/applications/" + id + "/materials/SERVICE_PROOF"), 404);
        problem(TOWN_SONGSHANHU.get("/api/v1/applications/" + id + "/form.pdf"), 404);
        problem(TOWN_SONGSHANHU.action(id, "0", "{\"action\":\"PASS\",\"paperDossierReceived\":true}"), 404);
        assertThat(TOWN_SONGSHANHU
                        .get("/api/v1/applications?batch=" + batch)
                        .json()
                        .getJsonArray("items"))
                .isEmpty();
        assertThat(Partners.TOWN_DONGCHENG
                        .get("/api/v1/applications?batch=" + batch)
                        .json()
                        .getJsonArray("items"))
                .hasSize(1);
        Api.Answer export = TOWN_SONGSHANHU.get("/api/v1/batches/" + batch + "/exports/applications.xlsx");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.raw().body().length)
                .isLessThan(Partners.TOWN_DONGCHENG
                        .get("/api/v1/batches/" + batch + "/exports/applications.xlsx")
                        .raw()
                        .body()
                        .length);
    }

    @Test
    void lists_are_keyset_pages_with_an_opaque_cursor() {
        String batch = Partners.batch();
        for (int i = 0; i < 3; i++) {
            Partners.Filed f = Partners.applicantWithLease("NANCHENG", "60000.00");
            assertThat(PORTAL.post("/api/v1/applications", Partners.applicationJson(batch, f.uscc(), f.orderNo()))
                            .status())
                    .isEqualTo(201);
        }
        var first = CITY.get("/api/v1/applications?batch=" + batch + "&limit=2").json();
        assertThat(first.getJsonArray("items")).hasSize(2);
        String next = first.getString("next");
        var second = CITY.get("/api/v1/applications?batch=" + batch + "&limit=2&after=" + next)
                .json();
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.isNull("next")).isTrue();
        problem(CITY.get("/api/v1/applications?limit=201"), 422);
        problem(CITY.get("/api/v1/applications?after=garbage"), 422);
        problem(CITY.get("/api/v1/applications?sort=password"), 422);
    }

    @Test
    void every_response_carries_the_security_headers() {
        Api.Answer a = CITY.get("/api/v1/batches");
        assertThat(a.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(a.contentType()).contains("application/json");
    }
}
