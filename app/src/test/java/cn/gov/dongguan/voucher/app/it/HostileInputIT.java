package cn.gov.dongguan.voucher.app.it;

import static cn.gov.dongguan.voucher.app.it.Partners.ADMIN;
import static cn.gov.dongguan.voucher.app.it.Partners.ANONYMOUS;
import static cn.gov.dongguan.voucher.app.it.Partners.CITY;
import static cn.gov.dongguan.voucher.app.it.Partners.PLATFORM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, black-box on H2 and on PostgreSQL: the edge is strict (one JSON object per body, no
 * duplicate keys, bounded depth, numbers and sizes, a declared media type), every date lies in the
 * programme's range, cursors and versions cannot be forged, and identical concurrent pushes all
 * succeed with one row. Every refusal is problem+json, never a 500.
 */
class HostileInputIT {

    private static void problem(Api.Answer a, int status) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
    }

    private static Api.Answer raw(Api api, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = api.request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return api.send(
                b.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void a_body_is_exactly_one_json_object_with_each_key_once() {
        Partners.Filed lease = Partners.applicantWithLease("DONGCHENG", "60000.00");
        String path = "/api/v1/leases/" + lease.orderNo() + "/payments/HX-1";
        String payment = Partners.paymentJson("2025-03-10", "1000.00");
        // trailing garbage and a second object are not one object: 400, nothing stored
        problem(PLATFORM.put(path, payment + " x"), 400);
        problem(PLATFORM.put(path, payment + payment), 400);
        // a key twice is refused naming it, never taken last-wins
        Api.Answer twice = PLATFORM.put(path, payment.replaceFirst("\\{", "{\"amount\":\"9.00\","));
        problem(twice, 422);
        assertThat(twice.codes()).contains("DUPLICATE_KEY");
        assertThat(twice.text()).contains("amount");
        // nesting and numbers without end: 422, not a crash
        problem(PLATFORM.post("/api/v1/usage-records", "[".repeat(5_000) + "]".repeat(5_000)), 422);
        problem(PLATFORM.post("/api/v1/usage-records", "[{\"cardHours\":" + "9".repeat(100_000) + "}]"), 422);
        // a body must say what it is: 415
        problem(raw(PLATFORM, "PUT", path, null, payment.getBytes(StandardCharsets.UTF_8)), 415);
        // and one that is too large is 413 before it is read, also where no token is needed
        byte[] big = ("{\"text\":\"" + "x".repeat(100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        problem(raw(ANONYMOUS, "POST", "/api/v1/public/notices/2025-1/objections", "application/json", big), 413);
        byte[] huge = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        problem(raw(PLATFORM, "POST", "/api/v1/usage-records", "application/json", huge), 413);
        // the same payment, well-formed, is taken, and is new: none of the refused bodies stored anything
        assertThat(PLATFORM.put(path, payment).status()).isEqualTo(201);
    }

    @Test
    void dates_and_durations_outside_the_programme_s_range_are_refused_naming_the_field() {
        Partners.Filed lease = Partners.applicantWithLease("DONGCHENG", "60000.00");
        for (String day : List.of("+10000-01-01", "+999999999-12-31", "0000-01-01", "-0001-01-01", "1999-12-31")) {
            Api.Answer a = PLATFORM.put(
                    "/api/v1/leases/" + lease.orderNo() + "/payments/D-" + Math.abs(day.hashCode()),
                    Partners.paymentJson(day, "1000.00"));
            problem(a, 422);
            assertThat(a.text()).as(day).contains("paidOn");
        }
        Api.Answer endless = PLATFORM.put(
                "/api/v1/leases/ORD-END-" + System.nanoTime(),
                Partners.leaseJson(lease.uscc()).replace("\"end\":\"2025-04-30\"", "\"end\":\"+999999999-12-31\""));
        problem(endless, 422);
        assertThat(endless.text()).contains("end");
        problem(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"P999999999Y\"}"), 422);
        problem(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"PT99999999999999H\"}"), 422);
    }

    @Test
    void cursors_and_versions_cannot_be_forged() {
        Api.Answer first = CITY.get("/api/v1/applications?limit=1");
        assertThat(first.status()).isEqualTo(200);
        String next = first.json().getString("next");
        String content = next.substring(0, next.indexOf('.'));
        String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                "CREATED_AT\u001FA\u001Fnot-an-instant\u001F00000000-0000-4000-8000-000000000000"
                                        .getBytes(StandardCharsets.UTF_8))
                + next.substring(next.indexOf('.'));
        for (String cursor : List.of(forged, content, "AAAA", next + "0")) {
            Api.Answer a = CITY.get("/api/v1/applications?limit=1&after=" + cursor);
            problem(a, 422);
            assertThat(a.codes()).contains("INVALID_CURSOR");
        }
        // a cursor given to the city bureau does not continue another principal's list
        problem(Partners.TOWN_DONGCHENG.get("/api/v1/applications?limit=1&after=" + next), 422);
        // only * is any version: a negative, weak or quoted-star tag never matches
        Partners.Filed filed = Partners.submitted(Partners.batch(), "DONGCHENG", "60000.00");
        for (String tag : List.of(
                "\"-2\"",
                "-2",
                "W/\"" + Partners.etag(filed.applicationId()).replace("\"", "") + "\"",
                "\"*\"",
                "\"1\", \"2\"")) {
            problem(CITY.action(filed.applicationId(), tag, "{\"action\":\"OPEN\"}"), 412);
        }
        assertThat(CITY.get("/api/v1/applications/" + filed.applicationId())
                        .json()
                        .getString("stage"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void a_wrong_intranet_password_answers_with_the_login_form_and_its_message_not_the_error_page() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        String base = RunningSystem.get().baseUrl;
        for (String user : List.of("expert", "no-such-user", "expert")) {
            String page = browser.send(
                            HttpRequest.newBuilder(java.net.URI.create(base + "/login.xhtml"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
            java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                    .matcher(page);
            assertThat(state.find()).isTrue();
            String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=wrong&login%3Asubmit="
                    + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
            var answer = browser.send(
                    HttpRequest.newBuilder(java.net.URI.create(base + "/login.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            // post-redirect-get: the login form again, with its message
            assertThat(answer.statusCode()).as(user).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as(user)
                    .contains("/login.xhtml?failed=true");
            answer = browser.send(
                    HttpRequest.newBuilder(java.net.URI.create(
                                    answer.headers()
                                                    .firstValue("Location")
                                                    .get()
                                                    .startsWith("http")
                                            ? answer.headers()
                                                    .firstValue("Location")
                                                    .get()
                                            : base
                                                    + answer.headers()
                                                            .firstValue("Location")
                                                            .get()))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(user).isEqualTo(200);
            assertThat(answer.body())
                    .as(user)
                    .contains("login:username")
                    .contains("用户名或密码错误")
                    .doesNotContain("出错了");
            // and nothing of the attempt opens a page: the intranet still asks for a login
            var protectedPage = browser.send(
                    HttpRequest.newBuilder(java.net.URI.create(base + "/ui/applications.xhtml"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(protectedPage.statusCode()).as(user).isEqualTo(302);
            assertThat(protectedPage.headers().firstValue("Location").orElse(""))
                    .as(user)
                    .contains("/login.xhtml");
        }
    }

    @Test
    void a_path_no_resource_answers_is_the_api_s_problem_not_the_container_s_page() {
        for (String path : List.of(
                "/api/v1/applications/..%2F..%2Fetc",
                "/api/v1/..%2Fapplications", "/api/v1/%2e%2e/ui/dashboard.xhtml", "/api/v1/no-such-resource")) {
            Api.Answer a = CITY.get(path);
            assertThat(a.status()).as(path).isIn(400, 404);
            assertThat(a.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void identical_concurrent_pushes_all_succeed_with_one_row() throws Exception {
        Partners.Filed lease = Partners.applicantWithLease("DONGCHENG", "60000.00");
        String path = "/api/v1/leases/" + lease.orderNo() + "/payments/RACE-1";
        String payment = Partners.paymentJson("2025-03-10", "1000.00");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Api.Answer>> puts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                puts.add(() -> PLATFORM.put(path, payment));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Answer> f : pool.invokeAll(puts)) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).as(statuses.toString()).allMatch(s -> s == 200 || s == 201);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            // the same 1,000 usage records from 5 clients at once: every client 200, each record once
            StringBuilder records = new StringBuilder("[");
            for (int i = 0; i < 1_000; i++) {
                records.append(i == 0 ? "" : ",").append("""
                        {"recordId":"RACE-%s-%d","orderNo":"%s","periodStart":"2025-02-01T00:00:00+08:00",\
                        "periodEnd":"2025-02-01T01:00:00+08:00","cardHours":1,"utilisation":50}""".formatted(lease.orderNo(), i, lease.orderNo()));
            }
            String body = records.append(']').toString();
            List<Callable<Api.Answer>> pushes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pushes.add(() -> PLATFORM.post("/api/v1/usage-records", body));
            }
            int accepted = 0;
            for (Future<Api.Answer> f : pool.invokeAll(pushes)) {
                Api.Answer a = f.get();
                assertThat(a.status()).as(a.text()).isEqualTo(200);
                accepted += a.json().getInt("accepted");
                assertThat(a.json().getInt("accepted") + a.json().getInt("duplicates"))
                        .isEqualTo(1_000);
            }
            assertThat(accepted).isEqualTo(1_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
