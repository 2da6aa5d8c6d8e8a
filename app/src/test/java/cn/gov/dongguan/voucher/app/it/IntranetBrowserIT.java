package cn.gov.dongguan.voucher.app.it;

import static cn.gov.dongguan.voucher.app.it.Partners.ADMIN;
import static cn.gov.dongguan.voucher.app.it.Partners.CITY;
import static cn.gov.dongguan.voucher.app.it.Partners.PORTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The intranet (ui.md) in a real browser against the started uber-jar: every demo user logs in and
 * sees the menu of its role; one application goes from submission (through the API, as the portal
 * sends it) to disbursement through the pages; a town officer cannot reach another town's
 * application; a stale form gets the conflict message; the language switches; axe-core finds no
 * serious accessibility violation; every page is saved to {@code target/screenshots/}.
 */
class IntranetBrowserIT {

    static Browser b;

    @BeforeAll
    static void start() throws Exception {
        b = new Browser(RunningSystem.get().baseUrl);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
    }

    @AfterEach
    void signOut() {
        b.driver.manage().deleteAllCookies();
    }

    /** Which menu entries each demo user has (R-FLOW-4: what a user sees follows from role and town). */
    static final Map<String, List<String>> MENUS = Map.of(
            "city", List.of("m-dashboard", "m-queue", "m-applications", "m-batch", "m-monitoring", "m-audit"),
            "town-dongcheng", List.of("m-dashboard", "m-queue", "m-applications", "m-monitoring"),
            "town-songshanhu", List.of("m-dashboard", "m-queue", "m-applications", "m-monitoring"),
            "expert", List.of("m-dashboard", "m-queue", "m-applications"),
            "fund", List.of("m-dashboard", "m-queue", "m-applications", "m-batch"),
            "admin", List.of("m-dashboard", "m-applications", "m-admin", "m-audit"));

    static final List<String> ALL_ENTRIES =
            List.of("m-dashboard", "m-queue", "m-applications", "m-batch", "m-monitoring", "m-admin", "m-audit");

    @Test
    void the_login_page_lists_the_demo_users_and_each_logs_in_to_the_menu_of_its_role() throws Exception {
        b.open("/ui/dashboard.xhtml");
        // every page needs a login first
        assertThat(b.driver.getCurrentUrl()).contains("/login.xhtml");
        assertThat(b.byId("demo-users").getText()).contains(MENUS.keySet());
        b.screenshot("login");
        b.assertAccessible("login");
        for (String user : List.of("city", "town-dongcheng", "town-songshanhu", "expert", "fund", "admin")) {
            b.login(user, "demo");
            b.byId("dash:batch");
            assertThat(b.driver.getCurrentUrl()).as(user).contains("/ui/dashboard.xhtml");
            assertThat(b.byId("userbar").getText()).contains(user);
            for (String entry : ALL_ENTRIES) {
                assertThat(b.has("menu:" + entry))
                        .as(user + " has " + entry)
                        .isEqualTo(MENUS.get(user).contains(entry));
            }
            b.screenshot("dashboard-" + user);
            if (user.equals("city")) {
                b.assertAccessible("dashboard");
            }
            b.logout();
        }
    }

    @Test
    void pages_carry_a_strict_session_cookie_a_nonce_policy_and_no_caching() throws Exception {
        var answer = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(RunningSystem.get().baseUrl + "/login.xhtml"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict"));
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertThat(policies).singleElement().satisfies(p -> assertThat(p)
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
                .doesNotContain("unsafe-eval"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        // every script of the page carries the nonce of this answer
        String nonce = policies.get(0).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(answer.body().split("<script").length - 1)
                .isPositive()
                .isEqualTo(answer.body().split("nonce=\"" + java.util.regex.Pattern.quote(nonce) + "\"").length - 1);
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() throws Exception {
        b.login("city", "not-the-password");
        assertThat(b.driver.getCurrentUrl()).contains("/login.xhtml");
        assertThat(b.byId("login:messages").getText()).contains("用户名或密码错误");
        b.screenshot("login-refused");
        b.assertAccessible("login with an error");
        b.open("/ui/applications.xhtml");
        assertThat(b.driver.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void one_application_goes_from_submission_to_disbursement_through_the_pages() throws Exception {
        String batch = Partners.batch();
        Partners.Filed filed = Partners.submitted(batch, "DONGCHENG", "60000.00", "40000.00");
        String id = filed.applicationId();

        // the city bureau finds it in the list and opens it
        b.login("city", "demo");
        b.open("/ui/applications.xhtml");
        b.type("list:text", filed.uscc());
        b.click("list:search");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#list\\:table a.row-link")));
        b.screenshot("applications");
        b.assertAccessible("applications");
        b.driver.findElement(By.cssSelector("#list\\:table a.row-link")).click();
        b.waitForPage();
        assertThat(b.byId("app-id").getText()).isEqualTo(id);
        assertThat(b.byId("stage").getText()).isEqualTo("已提交");
        // personal data masked (R-ID-3); the calculation in words (R-CALC-8): E = 100,000.00, S = 50,000.00
        assertThat(b.byId("id-number").getText()).contains("*");
        assertThat(b.byId("mobile").getText()).contains("*");
        assertThat(b.byId("account").getText()).contains("*");
        assertThat(b.byId("calc-words").getText()).contains("¥100,000.00").contains("¥50,000.00");
        assertThat(b.byId("chain").getText()).contains("校验通过");
        b.screenshot("application-submitted");
        // a material opens as the file the portal uploaded, judged by its content
        Path material = b.download(
                By.xpath(
                        "//*[@id='materials']//tr[td[contains(., 'APPLICATION_FORM-材料.pdf')]]//button[contains(@id, 'download')]"),
                "APPLICATION_FORM-材料.pdf");
        assertThat(Files.readString(material)).startsWith("%PDF-1.7").contains("APPLICATION_FORM");
        // previewed in the page: the frame loads the file inline, as this user may read it
        assertThat(b.byId("page-data").getText()).contains("字节").doesNotContain("大小（字节）");
        b.driver
                .findElement(By.cssSelector("[data-material='APPLICATION_FORM']"))
                .click();
        WebElement frame = b.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("preview-frame")));
        b.waitFor(d -> frame.getAttribute("src").contains("type=APPLICATION_FORM"));
        String served = (String) ((org.openqa.selenium.JavascriptExecutor) b.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + '|' + r.headers.get('content-type') + '|'"
                                + " + r.headers.get('content-disposition'))).catch(e => done(String(e)));",
                        frame.getAttribute("src"));
        assertThat(served).startsWith("200|application/pdf|inline;");
        b.screenshot("application-material-preview");
        b.driver
                .findElement(By.cssSelector("[id='previewForm:preview'] .ui-dialog-titlebar-close"))
                .click();
        // all materials as one zip, named by the notice's list
        Path zip = b.download(By.id("materials:zip"), "materials-" + id + ".zip");
        List<String> entries = new java.util.ArrayList<>();
        try (var in =
                new java.util.zip.ZipInputStream(Files.newInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).isNotEmpty().anySatisfy(n -> assertThat(n).startsWith("01-项目申报表-"));
        // the printable application form (申请表), with its Chinese font embedded
        byte[] form = Files.readAllBytes(b.download(By.id("form-pdf"), "application-form-" + id + ".pdf"));
        assertThat(new String(form, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(new String(form, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("NotoSansSC");
        b.assertAccessible("application");

        act("OPEN", "资格审查");
        // opened, the credit look-ups are recorded: every check of R-ELIG-1..7 passes
        assertThat(b.byId("eligible").getText()).isEqualTo("符合申报条件");
        assertThat(b.byId("messages").getText()).contains("已执行“受理”");
        act("PASS", "形式审查");
        act("PASS", "镇街复核");
        b.logout();

        // the town office re-checks, with the sealed paper dossier (R-FLOW-4)
        b.login("town-dongcheng", "demo");
        b.open("/ui/application.xhtml?id=" + id);
        choose("PASS");
        // without the paper dossier the pass is refused, in words (R-FLOW-4)
        b.click("act:submit");
        b.waitFor(d -> !b.byId("messages").getText().isBlank());
        b.assertMessagesInTheUsersWords();
        assertThat(b.byId("stage").getText()).isEqualTo("镇街复核");
        b.byId("act:dossier").findElement(By.cssSelector(".ui-chkbox-box")).click();
        submit("最终审查");
        b.logout();

        // the expert verifies the amount (R-FLOW-5)
        b.login("expert", "demo");
        b.open("/ui/application.xhtml?id=" + id);
        choose("PASS");
        // without the verified amount the pass is refused, and the error stands next to the field (R-FLOW-5)
        b.click("act:submit");
        b.waitFor(d -> !d.findElements(By.xpath("//*[@id='act:verified']/..//*[contains(@class,'ui-message-error')]"))
                .isEmpty());
        assertThat(b.driver
                        .findElement(By.xpath("//*[@id='act:verified']/..//*[contains(@class,'ui-message-error')]"))
                        .getText())
                .contains("请填写核定金额")
                .contains("R-FLOW-5");
        b.assertMessagesInTheUsersWords();
        assertThat(b.byId("stage").getText()).isEqualTo("最终审查");
        b.type("act:verified_input", "90000.00");
        pick("act:legalRep", "法定代表人签字");
        b.byId("act:originals").findElement(By.cssSelector(".ui-chkbox-box")).click();
        b.screenshot("application-final-review");
        submit("待分配资金");
        assertThat(b.byId("calc-words").getText()).contains("¥90,000.00").contains("¥45,000.00");
        b.logout();

        // the fund manager simulates the three modes and commits one, after confirming
        b.login("fund", "demo");
        b.open("/ui/batch.xhtml?code=" + batch);
        b.click("sim:simulate");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sim:modes")));
        assertThat(b.byId("sim:modes").getText()).contains("按比例").contains("封顶").contains("先到先得");
        assertThat(b.byId("sim:simRows").getText()).contains(filed.uscc()).contains("¥45,000.00");
        b.screenshot("batch-simulation");
        b.assertLabelsBesideTheirFields("policy");
        // R-FLOW-10: the age limit of the re-check before payment is part of the policy the officers see
        assertThat(b.byId("policy:creditAge_input").getAttribute("value")).isEqualTo("30");
        b.assertAccessible("batch");
        b.click("sim:commit");
        confirm();
        b.waitForText("已按");
        b.logout();

        // the city bureau publishes the notice; the notice period passes on the demo clock
        b.login("city", "demo");
        b.open("/ui/batch.xhtml?code=" + batch);
        b.click("steps:notice");
        confirm();
        b.waitForText("公示中");
        // the stepper: the notice is the current step, with its end; only the next step is offered (issue 11)
        b.waitForText("公示截止");
        assertThat(b.driver.findElements(By.cssSelector("#stepper .step-current")))
                .singleElement()
                .satisfies(step -> assertThat(step.getText()).contains("公示").contains("公示截止"));
        assertThat(b.byId("steps:report").isEnabled()).isFalse();
        assertThat(b.byId("steps:notice").isEnabled()).isFalse();
        b.screenshot("batch-stepper");
        assertThat(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"P9D\"}").status())
                .isEqualTo(200);
        b.open("/ui/application.xhtml?id=" + id);
        assertThat(b.byId("stage").getText()).isEqualTo("公示通过");
        b.open("/ui/batch.xhtml?code=" + batch);
        b.click("steps:report");
        confirm();
        b.waitForText("已上报");
        b.type("steps:docNo", "东府〔2025〕1号");
        b.assertLabelsBesideTheirFields("steps");
        b.typeDate("steps:approvedOn_input", "2025-12-20");
        b.driver.findElement(By.tagName("h1")).click();
        assertThat(b.byId("steps:docNo").getAttribute("value")).isEqualTo("东府〔2025〕1号");
        b.click("steps:approve");
        confirm();
        b.waitForText("已批复");
        // the approval as recorded, on the batch's way
        b.waitForText("东府〔2025〕1号（2025-12-20）");
        b.click("lists:plan");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lists:planTable")));
        assertThat(b.byId("lists:planTable").getText()).contains("已批复").contains("¥45,000.00");
        b.screenshot("batch-approved");
        b.logout();

        // the fund manager pays and records the bank's reference
        b.login("fund", "demo");
        b.open("/ui/application.xhtml?id=" + id);
        // the fund manager, who pays, sees the full account number
        assertThat(b.byId("account").getText()).doesNotContain("*");
        choose("DISBURSE");
        b.type("act:bankRef", "BK20251225001");
        b.typeDate("act:paidOn_input", "2025-12-25");
        b.assertLabelsBesideTheirFields("act");
        b.driver.findElement(By.tagName("h1")).click();
        // a payment cannot be taken back: it is confirmed first
        b.byId("act:submitConfirm").click();
        confirmRefused();
        // R-FLOW-10: the credit look-up of the eligibility check is too old on the day of payment: refused, why
        b.waitForText("R-ELIG-4");
        // in the notice's words, with the dates and days of the case; nothing the officer typed is wrong
        b.waitForText("不能办理");
        assertThat(b.driver.findElement(By.tagName("body")).getText()).doesNotContain("输入有误");
        b.waitForText("申报单位最近一次信用信息查询");
        b.waitForText("距拨付日（2025-12-25）");
        b.assertMessagesInTheUsersWords();
        b.screenshot("application-payment-refused");
        assertThat(b.byId("stage").getText()).isEqualTo("已批复");
        // a fresh look-up is recorded (the portal or the city bureau), and the payment is recorded again
        assertThat(CITY.put(
                                "/api/v1/applicants/" + filed.uscc() + "/credit-record",
                                "{\"checkedOn\":\"2025-12-24\",\"listedOn\":[]}")
                        .status())
                .isBetween(200, 201);
        b.open("/ui/application.xhtml?id=" + id);
        choose("DISBURSE");
        b.type("act:bankRef", "BK20251225001");
        b.typeDate("act:paidOn_input", "2025-12-25");
        b.driver.findElement(By.tagName("h1")).click();
        b.byId("act:submitConfirm").click();
        confirm();
        b.waitFor(d -> b.has("stage") && b.byId("stage").getText().equals("已拨付"));
        assertThat(b.byId("chain").getText()).contains("校验通过");
        assertThat(b.byId("history").getText()).contains("拨付");
        b.screenshot("application-disbursed");
        b.open("/ui/batch.xhtml?code=" + batch);
        b.click("lists:disbursement");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lists:payTable")));
        assertThat(b.byId("lists:payTable").getText()).contains("BK20251225001").contains("¥45,000.00");
        b.screenshot("batch-disbursement");
        // the bank's list as xlsx: the payee's full account, the amount, the bank's reference
        List<String> sheet = cells(b.download(By.id("lists:disbursementExport"), "disbursement-" + batch + ".xlsx"));
        // office-ready: the amount a numeric cell (#,##0.00) with a total row, bank and holder apart
        assertThat(sheet).contains(id, filed.uscc(), "45,000.00", "BK20251225001", "2025-12-25", "合计");
        assertThat(sheet).noneMatch(c -> c.contains("*"));
        assertThat(CITY.get("/api/v1/applications/" + id).json().getString("stage"))
                .isEqualTo("DISBURSED");
    }

    /** The sample programme's application in {@code stage} whose detail has {@code flag}. */
    private static String demoApplication(String stage, String flag) {
        return CITY
                .get("/api/v1/applications?batch=2025-demo&limit=100")
                .json()
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(a -> a.getString("stage").equals(stage))
                .map(a -> a.getString("id"))
                .filter(id -> CITY.get("/api/v1/applications/" + id)
                        .json()
                        .getJsonArray("flags")
                        .toString()
                        .contains(flag))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_town_passes_several_re_checks_at_once_the_notice_list_is_previewed_and_payments_come_from_the_bank_return()
            throws Exception {
        String batch = Partners.batch();
        Partners.Filed first = Partners.submitted(batch, "DONGCHENG", "60000.00");
        Partners.Filed second = Partners.submitted(batch, "DONGCHENG", "80000.00");
        List<String> ids = List.of(first.applicationId(), second.applicationId());
        for (String id : ids) {
            for (String pass : List.of("{\"action\":\"OPEN\"}", "{\"action\":\"PASS\"}", "{\"action\":\"PASS\"}")) {
                assertThat(CITY.action(id, Partners.etag(id), pass).status()).isEqualTo(200);
            }
        }
        // 镇街复核 of both dossiers at once, from the queue: refused until the paper dossiers are confirmed
        b.login("town-dongcheng", "demo");
        b.open("/ui/queue.xhtml?batch=" + batch);
        List<WebElement> ticks =
                b.driver.findElements(By.cssSelector("[id='queue:items'] tbody .ui-selection-column .ui-chkbox-box"));
        assertThat(ticks).hasSize(2);
        for (WebElement tick : ticks) {
            tick.click();
        }
        b.click("queue:passSelected");
        confirmRefused();
        b.waitForText("请确认已收到并核对纸质申报材料");
        assertThat(CITY.get("/api/v1/applications/" + first.applicationId())
                        .json()
                        .getString("stage"))
                .isEqualTo("TOWN_REVIEW");
        b.byId("queue:dossiers").findElement(By.cssSelector(".ui-chkbox-box")).click();
        b.type("queue:opinion", "纸质材料已核对，盖章齐全");
        b.screenshot("queue-bulk-recheck");
        b.assertAccessible("queue-bulk-recheck");
        b.click("queue:passSelected");
        confirmRefused();
        b.waitForText("已通过 2 件；0 件未能办理");
        assertThat(b.byId("queue:outcomes").getText()).contains("已通过镇街复核");
        b.assertMessagesInTheUsersWords();
        for (String id : ids) {
            assertThat(CITY.get("/api/v1/applications/" + id).json().getString("stage"))
                    .isEqualTo("FINAL_REVIEW");
        }
        b.logout();
        for (String id : ids) {
            assertThat(Partners.EXPERT.action(id, Partners.etag(id), """
                            {"action":"PASS","verifiedAmount":"60000.00","legalRepConfirmation":"SIGNATURE","originalsChecked":true}""").status())
                    .isEqualTo(200);
        }
        assertThat(Partners.FUND
                        .post("/api/v1/batches/" + batch + "/allocation", "{\"mode\":\"RATIO\"}")
                        .status())
                .isEqualTo(200);
        // the 公示名单 previewed before it is published: what the public will read, with its total
        b.login("city", "demo");
        b.open("/ui/batch.xhtml?code=" + batch);
        b.click("steps:noticePreview");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("steps:noticeTable")));
        assertThat(b.byId("steps:noticeTable").getText())
                .contains(first.uscc())
                .contains(second.uscc())
                .contains("东城街道")
                .contains("共 2 家，资助金额合计 ¥60,000.00");
        b.screenshot("batch-notice-preview");
        List<String> notice = cells(b.download(By.id("steps:noticeExport"), "notice-preview-" + batch + ".xlsx"));
        assertThat(notice).contains(first.uscc(), second.uscc(), "30,000.00", "60,000.00", "合计");
        b.logout();
        assertThat(CITY.postEmpty("/api/v1/batches/" + batch + "/notice").status())
                .isEqualTo(200);
        assertThat(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"P9D\"}").status())
                .isEqualTo(200);
        assertThat(CITY.postEmpty("/api/v1/batches/" + batch + "/report").status())
                .isEqualTo(200);
        assertThat(CITY.post(
                                "/api/v1/batches/" + batch + "/approval",
                                "{\"approvedOn\":\"2025-12-20\",\"documentNo\":\"东府〔2025〕B" + batch.hashCode() + "号\"}")
                        .status())
                .isEqualTo(200);
        for (Partners.Filed f : List.of(first, second)) {
            assertThat(CITY.put(
                                    "/api/v1/applicants/" + f.uscc() + "/credit-record",
                                    "{\"checkedOn\":\"2025-12-24\",\"listedOn\":[]}")
                            .status())
                    .isBetween(200, 201);
        }
        // the bank's return: the first line as allocated, the second with an amount that differs
        Path file = b.downloads.getParent().resolve("bank-return-" + batch + ".csv");
        Files.writeString(
                file,
                "\uFEFF申请编号,金额,银行流水号,拨付日期\r\n"
                        + first.applicationId() + ",\"30,000.00\",BK-R1,2025-12-25\r\n"
                        + second.applicationId() + ",30000.01,BK-R2,2025-12-25\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        b.login("fund", "demo");
        b.open("/ui/batch.xhtml?code=" + batch);
        b.driver
                .findElement(By.cssSelector("[id='payments:file_input'], input[type='file'][id^='payments']"))
                .sendKeys(file.toAbsolutePath().toString());
        b.clickAndLoad("payments:check");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("payments:lines")));
        b.waitForText("已读取 2 行：1 行核对通过，1 行不能登记");
        assertThat(b.byId("payments:lines").getText())
                .contains("核对通过，待登记")
                .contains("回单金额 ¥30,000.01 与拟资助金额 ¥30,000.00 不符");
        b.screenshot("batch-bank-return-checked");
        assertThat(Partners.FUND
                        .get("/api/v1/applications/" + first.applicationId())
                        .json()
                        .getString("stage"))
                .isEqualTo("APPROVED");
        b.click("payments:register");
        confirmRefused();
        b.waitForText("已登记 1 笔拨付；登记时未能办理 0 笔；核对未通过、未登记 1 行");
        assertThat(b.byId("payments:lines").getText()).contains("已登记拨付");
        b.assertMessagesInTheUsersWords();
        b.screenshot("batch-bank-return-registered");
        assertThat(Partners.FUND
                        .get("/api/v1/applications/" + first.applicationId())
                        .json()
                        .getString("stage"))
                .isEqualTo("DISBURSED");
        b.click("lists:disbursement");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lists:payTable")));
        assertThat(b.byId("lists:payTable").getText()).contains("BK-R1").contains("2025-12-25");
        b.assertAccessible("batch-bank-return");
        assertThat(Partners.FUND
                        .get("/api/v1/applications/" + second.applicationId())
                        .json()
                        .getString("stage"))
                .isEqualTo("APPROVED");
    }

    @Test
    void the_city_bureau_dismisses_an_objection_on_the_detail_page() throws Exception {
        String batch = Partners.batch();
        Partners.Filed f = Partners.submitted(batch, "DONGCHENG", "60000.00");
        String id = f.applicationId();
        for (String[] step : new String[][] {
            {"city", "{\"action\":\"OPEN\"}"},
            {"city", "{\"action\":\"PASS\"}"},
            {"city", "{\"action\":\"PASS\"}"},
            {"town", "{\"action\":\"PASS\",\"paperDossierReceived\":true}"},
            {
                "expert",
                "{\"action\":\"PASS\",\"verifiedAmount\":\"60000.00\",\"legalRepConfirmation\":\"SIGNATURE\","
                        + "\"originalsChecked\":true}"
            }
        }) {
            Api actor =
                    step[0].equals("city") ? CITY : step[0].equals("town") ? Partners.TOWN_DONGCHENG : Partners.EXPERT;
            Api.Answer a = actor.action(id, Partners.etag(id), step[1]);
            assertThat(a.status()).as(a.text()).isEqualTo(200);
        }
        assertThat(Partners.FUND
                        .post("/api/v1/batches/" + batch + "/allocation", "{\"mode\":\"RATIO\"}")
                        .status())
                .isEqualTo(200);
        assertThat(CITY.postEmpty("/api/v1/batches/" + batch + "/notice").status())
                .isEqualTo(200);
        assertThat(Partners.ANONYMOUS
                        .post(
                                "/api/v1/public/notices/" + batch + "/objections",
                                "{\"applicationId\":\"" + id + "\",\"text\":\"怀疑存在关联交易\",\"contact\":\"陈先生\"}")
                        .status())
                .isEqualTo(202);

        b.login("city", "demo");
        b.open("/ui/application.xhtml?id=" + id);
        assertThat(b.byId("objections").getText())
                .contains("怀疑存在关联交易")
                .contains("陈先生")
                .contains("待处理");
        choose("DISMISS_OBJECTION");
        assertThat(b.byId("act:objection").getText()).contains("怀疑存在关联交易");
        b.type("act:reason", "经核查，双方无关联关系，异议不成立");
        b.byId("act:submitConfirm").click();
        confirm();
        // R-OBJ-1: dismissed while the period runs, the application stays on the notice
        b.waitFor(d -> b.has("objections") && b.byId("objections").getText().contains("经核查"));
        assertThat(b.byId("objections").getText()).contains("异议不成立");
        assertThat(b.byId("stage").getText()).isEqualTo("公示中");
        b.screenshot("application-objection-dismissed");
        b.logout();
    }

    @Test
    void the_city_bureau_reads_objections_and_lifts_a_disqualification_on_the_detail_page() throws Exception {
        b.login("city", "demo");
        // R-OBJ-1: the objection upheld in the sample programme, with its text, contact and decision
        b.open("/ui/application.xhtml?id=" + demoApplication("REJECTED", "OBJECTION_FILED"));
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("objections")));
        assertThat(b.byId("objections").getText()).contains("该企业与算力提供方存在关联关系").contains("异议成立");
        b.screenshot("application-objections");
        // R-FLOW-6: the applicant disqualified after serious fraud is shown so, and the city bureau lifts it
        b.open("/ui/application.xhtml?id=" + demoApplication("TERMINATED", "APPLICANT_DISQUALIFIED"));
        assertThat(b.byId("disqualification").getText())
                .contains("申报单位已被取消申报资格")
                .contains("伪造");
        b.screenshot("application-disqualified");
        b.assertAccessible("disqualified");
        b.click("lift:doLift");
        b.waitForText("请填写理由（R-FLOW-6）");
        b.type("lift:liftReason", "经复核，原认定有误，恢复申报资格");
        b.click("lift:doLift");
        b.waitForText("已恢复该单位的申报资格");
        assertThat(b.byId("disqualification").getText()).contains("正常");
        b.logout();
    }

    @Test
    void the_allocation_of_a_batch_still_in_review_is_refused_with_the_waiting_count_per_stage_R_CALC_9()
            throws Exception {
        String batch = Partners.batch();
        Partners.submitted(batch, "DONGCHENG", "60000.00");
        b.login("fund", "demo");
        b.open("/ui/batch.xhtml?code=" + batch);
        // R-FLOW-10: the fund manager sets how old the credit look-up may be on the day of payment
        // a value out of range is refused next to its field and kept as typed; nothing is saved
        b.type("policy:ratio_input", "60");
        b.click("policy:save");
        b.waitFor(d -> b.byId("policy").getText().contains("资助比例不得超过50%"));
        b.assertMessagesInTheUsersWords();
        assertThat(b.byId("policy:ratio_input").getAttribute("value")).startsWith("60");
        assertThat(CITY.get("/api/v1/batches/" + batch).json().getString("ratio"))
                .isEqualTo("0.50");
        b.type("policy:ratio_input", "50");
        b.type("policy:cap_input", "1200000");
        b.click("policy:save");
        b.waitFor(d -> b.byId("policy").getText().contains("每家单位年度资助不得超过100万元"));
        assertThat(b.byId("policy:cap_input").getAttribute("value")).contains("1,200,000");
        assertThat(CITY.get("/api/v1/batches/" + batch).json().getString("annualCap"))
                .isEqualTo("1000000.00");
        b.screenshot("batch-policy-refused");
        // a change is shown old → new and saved only when confirmed
        b.type("policy:cap_input", "1000000");
        b.type("policy:creditAge_input", "45");
        b.click("policy:save");
        b.waitForText("信用信息查询有效天数（拨付前复核）：30 → 45");
        assertThat(CITY.get("/api/v1/batches/" + batch).json().getInt("creditCheckMaxAgeDays"))
                .isEqualTo(30);
        b.screenshot("batch-policy-confirm");
        b.clickAndLoad("policy:confirmSave");
        b.waitForText("政策已保存：信用信息查询有效天数（拨付前复核）：30 → 45");
        assertThat(CITY.get("/api/v1/batches/" + batch).json().getInt("creditCheckMaxAgeDays"))
                .isEqualTo(45);
        b.click("sim:simulate");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sim:modes")));
        b.click("sim:commit");
        confirmRefused();
        // the guard's message in the notice's words: which stages still hold how many applications
        b.waitForText("本批次仍有申请在审核中（已提交 1）");
        b.waitForText("（R-CALC-9）");
        b.assertMessagesInTheUsersWords();
        b.screenshot("batch-allocation-refused");
        b.logout();
    }

    @Test
    @Tag("R-POST-1")
    void the_city_bureau_issues_a_monitoring_request_and_sees_it_answered_through_the_portal_R_POST_1()
            throws Exception {
        b.login("city", "demo");
        // the dashboard's queue counts the overdue requests and leads to them
        b.open("/ui/dashboard.xhtml");
        assertThat(Integer.parseInt(b.byId("dash:overdueCount").getText().strip()))
                .isPositive();
        b.clickAndLoad("dash:overdueMonitoring");
        assertThat(b.driver.getCurrentUrl()).contains("/ui/monitoring.xhtml").contains("status=OVERDUE");
        b.waitForText("算力券资助项目成效跟踪（第一次）");
        b.waitForText("逾期未报");

        // the demo batch's rounds: one answered on time, one overdue
        b.open("/ui/monitoring.xhtml?batch=2025-demo");
        b.waitForText("2025年三季度经营情况");
        b.waitForText("¥18,600,000.00");
        b.waitForText("质检模型训练周期由3周缩短至9天");
        b.assertLabelsBesideTheirFields("issue");

        // issue a questionnaire to the batch's funded applicants, questions added in the form
        String title = "2025年四季度经营情况（测试" + System.nanoTime() % 100_000 + "）";
        java.time.LocalDate today = java.time.OffsetDateTime.parse(
                        ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"PT1S\"}")
                                .json()
                                .getString("now"))
                .toLocalDate();
        b.type("issue:title", title);
        b.typeDate("issue:due_input", today.plusDays(10).toString());
        b.type("issue:questions:0:qtext", "四季度营业收入");
        pick("issue:questions:0:qkind", "金额（元）");
        b.click("issue:add");
        b.type("issue:questions:1:qtext", "研发人员数");
        pick("issue:questions:1:qkind", "数字");
        b.screenshot("monitoring-issue-form");
        b.click("issue:send");
        confirm();
        b.waitForText("已向 1 家单位下发“" + title + "”。");

        // the portal delivers it and returns the answer
        jakarta.json.JsonObject request = PORTAL
                .get("/api/v1/monitoring-requests?batch=2025-demo&status=OPEN&limit=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(r -> r.getString("title").equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(request.getJsonArray("questions").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(q -> q.getString("key") + " " + q.getString("kind") + " " + q.getString("text"))
                .containsExactly("q1 MONEY 四季度营业收入", "q2 NUMBER 研发人员数");
        Api.Answer answered = PORTAL.put(
                "/api/v1/monitoring-requests/" + request.getString("id") + "/answer",
                "{\"answers\":{\"q1\":\"5600000.00\",\"q2\":12}}");
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);

        b.open("/ui/monitoring.xhtml?batch=2025-demo&status=ANSWERED");
        b.waitForText(title);
        b.waitForText("¥5,600,000.00");
        b.screenshot("monitoring-answered");
        b.assertAccessible("monitoring");
        List<String> sheet = cells(b.download(By.id("choose:export"), "monitoring-2025-demo.xlsx"));
        assertThat(sheet).contains(title, "四季度营业收入", "5,600,000.00", "已回复", "逾期未报");

        // the applications list flags the applicant with the overdue request
        b.open("/ui/applications.xhtml?batch=2025-demo");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".monitoring-overdue")));
        b.logout();

        // a town officer sees its own town's requests only, and issues nothing
        b.login("town-dongcheng", "demo");
        b.open("/ui/monitoring.xhtml?batch=2025-demo");
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("noRounds")));
        assertThat(b.has("issue:send")).isFalse();
        assertThat(b.has("choose:export")).isFalse();
        b.screenshot("monitoring-town");
        b.logout();
    }

    @Test
    void a_keyboard_user_opens_an_application_from_the_list_and_the_queue_and_reaches_every_menu_entry()
            throws Exception {
        b.login("city", "demo");
        // every menu entry is a Tab stop (WCAG 2.1.1)
        List<WebElement> entries = b.driver.findElements(By.cssSelector(".mainmenu a"));
        assertThat(entries).hasSize(6).allSatisfy(a -> assertThat(a.getAttribute("tabindex"))
                .isNull());
        // the queue of the batch in review: Enter on a stage opens the list filtered by it
        pick("dash:batch", "2025-demo-2 2025年演示批次（第二批）");
        WebElement queued =
                b.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dash:queue'] a")));
        WebElement html = b.driver.findElement(By.tagName("html"));
        queued.sendKeys(Keys.ENTER);
        b.waitFor(d -> Browser.gone(html));
        b.waitForPage();
        assertThat(b.driver.getCurrentUrl()).contains("/ui/queue.xhtml").contains("stage=");
        // the 待办 queue of a fresh batch: longest waiting first; Enter opens it, "…并打开下一件" the next one
        String batch = Partners.batch();
        Partners.Filed older = Partners.submitted(batch, "DONGCHENG", "60000.00");
        Partners.Filed newer = Partners.submitted(batch, "SONGSHANHU", "60000.00");
        b.open("/ui/queue.xhtml?batch=" + batch);
        List<WebElement> rows = b.driver.findElements(By.cssSelector("[id='queue:items'] a.row-link"));
        assertThat(rows).hasSize(2);
        assertThat(b.byId("queue:items").getText()).contains("已提交").contains("今日转入");
        b.screenshot("queue");
        b.assertAccessible("queue");
        WebElement queuePage = b.driver.findElement(By.tagName("html"));
        rows.get(0).sendKeys(Keys.ENTER);
        b.waitFor(d -> Browser.gone(queuePage));
        b.waitForPage();
        assertThat(b.byId("app-id").getText()).isEqualTo(older.applicationId());
        choose("OPEN");
        assertThat(b.byId("act:submitNext").getText()).isEqualTo("受理申请并打开下一件");
        b.clickAndLoad("act:submitNext");
        b.waitFor(d -> b.has("app-id") && b.byId("app-id").getText().equals(newer.applicationId()));
        assertThat(b.byId("messages").getText()).contains("已打开下一件待办");
        choose("OPEN");
        b.clickAndLoad("act:submitNext");
        b.waitFor(d -> d.getCurrentUrl().contains("/ui/queue.xhtml"));
        b.waitForText("本环节待办已全部办完");
        assertThat(b.driver.findElements(By.cssSelector("[id='queue:items'] a.row-link")))
                .isEmpty();
        // the list: Enter on the applicant opens the application
        b.open("/ui/applications.xhtml?batch=2025-demo");
        WebElement link = b.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.row-link")));
        WebElement list = b.driver.findElement(By.tagName("html"));
        link.sendKeys(Keys.ENTER);
        b.waitFor(d -> Browser.gone(list));
        b.waitForPage();
        assertThat(b.driver.getCurrentUrl()).contains("/ui/application.xhtml?id=");
        // an unknown page is the bureau's page, not the container's raw 404
        b.open("/ui/no-such-page.xhtml");
        b.waitForText("未找到该页面");
        // a lost session: the next ajax request leads to the login page, which says why (no endless spinner)
        b.open("/ui/applications.xhtml?batch=2025-demo");
        b.driver.manage().deleteCookieNamed("JSESSIONID");
        b.waitFor(ExpectedConditions.elementToBeClickable(By.id("list:search"))).click();
        b.waitFor(d -> d.getCurrentUrl().contains("/login.xhtml"));
        b.waitForText("登录已超时");
        b.screenshot("login-expired");
    }

    @Test
    void a_town_officer_cannot_reach_another_towns_application() throws Exception {
        String batch = Partners.batch();
        Partners.Filed filed = Partners.submitted(batch, "DONGCHENG", "60000.00");
        b.login("town-songshanhu", "demo");
        // a direct URL shows "not found" and nothing of the application
        b.open("/ui/application.xhtml?id=" + filed.applicationId());
        assertThat(b.text()).contains("未找到该记录").doesNotContain(filed.uscc()).doesNotContain("东莞市测试");
        assertThat(b.has("app-id")).isFalse();
        b.screenshot("application-other-town");
        // nor its printable form
        b.open("/ui/form.pdf?id=" + filed.applicationId());
        assertThat(b.text()).contains("未找到该页面");
        // a crafted id too
        b.open("/ui/application.xhtml?id=not-an-id");
        assertThat(b.text()).contains("未找到该记录");
        // the list and its search show nothing of it
        b.open("/ui/applications.xhtml");
        b.type("list:text", filed.uscc());
        b.click("list:search");
        b.waitFor(d -> b.byId("list:table").getText().contains("没有符合条件的记录"));
        // nor does the export of the list (everything this officer may see)
        b.type("list:text", "");
        b.click("list:search");
        assertThat(cells(b.download(By.id("list:export"), "applications.xlsx"))).doesNotContain(filed.uscc());
        // nor do the administrators' pages open for a town officer (refused by the use case)
        b.open("/ui/admin.xhtml");
        assertThat(b.has("users:userTable")).isFalse();
        assertThat(b.text()).contains("无权");
        b.logout();
        // while the own town's officer sees it, and finds it in the export of the filtered list
        b.login("town-dongcheng", "demo");
        b.open("/ui/application.xhtml?id=" + filed.applicationId());
        assertThat(b.byId("app-id").getText()).isEqualTo(filed.applicationId());
        b.open("/ui/applications.xhtml");
        b.type("list:text", filed.uscc());
        b.click("list:search");
        List<String> exported = cells(b.download(By.id("list:export"), "applications.xlsx"));
        assertThat(exported).contains(filed.uscc(), filed.applicationId(), "已提交", "东城街道");
        assertThat(exported.stream().filter(c -> c.startsWith("914419")).distinct())
                .containsExactly(filed.uscc());
    }

    @Test
    void a_stale_form_shows_the_conflict_message_and_changes_nothing() throws Exception {
        String batch = Partners.batch();
        Partners.Filed filed = Partners.submitted(batch, "DONGCHENG", "60000.00");
        String id = filed.applicationId();
        assertThat(CITY.action(id, Partners.etag(id), "{\"action\":\"OPEN\"}").status())
                .isEqualTo(200);
        b.login("city", "demo");
        b.open("/ui/application.xhtml?id=" + id);
        // the decisions the stage allows, named as the notice names them, nothing preselected (issue 11)
        assertThat(b.byId("act:action").getText()).contains("通过资格审查").contains("不予通过");
        assertThat(b.has("act:submit")).isFalse();
        choose("PASS");
        assertThat(b.byId("act:submit").getText()).isEqualTo("通过资格审查");
        // meanwhile a colleague passes it through the API
        assertThat(CITY.action(id, Partners.etag(id), "{\"action\":\"PASS\"}").status())
                .isEqualTo(200);
        b.click("act:submit");
        b.waitForText("此申请已被他人修改");
        assertThat(b.byId("messages").getText()).contains("此申请已被他人修改").contains("未保存任何更改");
        b.screenshot("application-stale-form");
        // exactly one transition happened: the colleague's
        assertThat(CITY.get("/api/v1/applications/" + id).json().getString("stage"))
                .isEqualTo("FORMAL_REVIEW");
    }

    @Test
    void a_return_names_the_items_a_rejection_is_confirmed_first_and_the_list_filters_by_stage() throws Exception {
        String batch = Partners.batch();
        Partners.Filed returned = Partners.submitted(batch, "DONGCHENG", "60000.00");
        Partners.Filed rejected = Partners.submitted(batch, "DONGCHENG", "70000.00");
        for (String id : List.of(returned.applicationId(), rejected.applicationId())) {
            assertThat(CITY.action(id, Partners.etag(id), "{\"action\":\"OPEN\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(CITY.action(id, Partners.etag(id), "{\"action\":\"PASS\"}")
                            .status())
                    .isEqualTo(200);
        }
        b.login("city", "demo");
        // formal review: return with the items to correct (R-FLOW-2, R-FLOW-3: a 5-day deadline)
        b.open("/ui/application.xhtml?id=" + returned.applicationId());
        // the materials check: each material with its file and size; one marked as needing correction
        assertThat(b.byId("act:checks").getText()).contains("算力服务证明材料").contains("字节");
        b.driver
                .findElement(
                        By.xpath(
                                "//*[@id='act:checks']//tr[td[contains(., '算力服务证明材料')]]//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        b.waitForPage();
        // a pass with a material marked is refused, not taken
        choose("PASS");
        b.waitFor(ExpectedConditions.elementToBeClickable(By.id("act:submit"))).click();
        b.waitForText("已标记 1 项需补正");
        assertThat(CITY.get("/api/v1/applications/" + returned.applicationId())
                        .json()
                        .getString("stage"))
                .isEqualTo("FORMAL_REVIEW");
        // choosing the return takes the marked material as its item
        choose("RETURN");
        assertThat(b.driver
                        .findElement(By.xpath("//*[@id='act:items']//input[@value='SERVICE_PROOF']"))
                        .isSelected())
                .isTrue();
        b.screenshot("application-materials-check");
        b.assertAccessible("application-materials-check");
        b.type("act:reason", "服务证明缺平台盖章");
        submit("退回补正");
        assertThat(b.text()).contains("服务证明缺平台盖章");
        assertThat(CITY.get("/api/v1/applications/" + returned.applicationId())
                        .json()
                        .getJsonArray("returnItems")
                        .getString(0))
                .isEqualTo("SERVICE_PROOF");
        b.screenshot("application-returned");
        // the history reads the return's deadline in Dongguan time and words, not as a stored key in UTC
        assertThat(b.byId("history").getText()).contains("补正截止时间 20").doesNotContain("returnDeadline=");
        // a rejection asks for confirmation first; "no" changes nothing
        b.open("/ui/application.xhtml?id=" + rejected.applicationId());
        choose("REJECT");
        b.type("act:reason", "不属于申报范围");
        b.byId("act:submitConfirm").click();
        b.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-no")))
                .click();
        assertThat(CITY.get("/api/v1/applications/" + rejected.applicationId())
                        .json()
                        .getString("stage"))
                .isEqualTo("FORMAL_REVIEW");
        b.byId("act:submitConfirm").click();
        confirm();
        b.waitFor(d -> b.has("stage") && b.byId("stage").getText().equals("不予通过"));
        // the list filtered by stage and batch, as the dashboard's work queue links it
        b.open("/ui/applications.xhtml?stage=RETURNED&batch=" + batch);
        b.waitFor(d -> b.byId("list:table").getText().contains(returned.uscc()));
        assertThat(b.byId("list:table").getText()).doesNotContain(rejected.uscc());
    }

    @Test
    void the_language_switches_to_english_and_back() throws Exception {
        b.login("city", "demo");
        assertThat(b.byId("menu:m-dashboard").getText()).isEqualTo("工作台");
        assertThat(b.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("zh-CN");
        b.clickAndLoad("userbar:lang");
        b.waitFor(d -> b.byId("menu:m-dashboard").getText().equals("Dashboard"));
        assertThat(b.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo("en");
        assertThat(b.byId("menu:m-applications").getText()).isEqualTo("Applications");
        b.open("/ui/applications.xhtml");
        assertThat(b.text()).contains("Search").doesNotContain("查询");
        b.screenshot("applications-english");
        // switching on a page of one application keeps that application
        String id =
                Partners.submitted(Partners.batch(), "DONGCHENG", "60000.00").applicationId();
        b.open("/ui/application.xhtml?id=" + id);
        assertThat(b.byId("stage").getText()).isEqualTo("Submitted");
        b.screenshot("application-english");
        b.clickAndLoad("userbar:lang");
        assertThat(b.byId("app-id").getText()).isEqualTo(id);
        assertThat(b.byId("stage").getText()).isEqualTo("已提交");
        b.clickAndLoad("userbar:lang");
        assertThat(b.byId("app-id").getText()).isEqualTo(id);
        b.clickAndLoad("userbar:lang");
        b.waitFor(d -> b.byId("menu:m-dashboard").getText().equals("工作台"));
    }

    @Test
    void administrators_see_users_towns_and_demo_mode_and_the_audit_log() throws Exception {
        b.login("admin", "demo");
        b.open("/ui/admin.xhtml");
        assertThat(b.byId("demo-mode").getText()).contains("开启");
        assertThat(b.byId("users:userTable").getText())
                .contains("town-dongcheng")
                .contains("fund");
        assertThat(b.byId("towns:townTable").getText()).contains("DONGCHENG");
        b.screenshot("admin");
        // a new park is reference data: added here, no release (R-REF-1); the partner API accepts it at once
        String code = "PARK" + System.nanoTime() % 100_000;
        b.type("towns:townCode", code.toLowerCase());
        b.type("towns:townName", "测试新园区");
        b.click("towns:saveTown");
        b.waitFor(d -> b.byId("messages").getText().contains(code));
        assertThat(Partners.PORTAL
                        .put(
                                "/api/v1/applicants/"
                                        + cn.gov.dongguan.voucher.domain.DomainFixtures.dongguanEnterprise(
                                                        (int) (System.nanoTime() % 1_000_000))
                                                .value(),
                                Partners.applicantJson(code, "东莞市新园区科技有限公司"))
                        .status())
                .isEqualTo(201);
        b.assertAccessible("admin");
        b.open("/ui/audit.xhtml");
        // the actions are chosen by their words and shown in words (issue 11)
        pick("audit:action", "登录");
        b.click("audit:search");
        b.waitFor(d -> b.byId("audit:entries").getText().contains("登录"));
        assertThat(b.byId("audit:entries").getText()).contains("admin");
        assertThat(cells(b.download(By.id("audit:export"), "audit-log.xlsx")))
                .contains("登录", "成功")
                .allMatch(c -> !c.startsWith("=") && !c.startsWith("+") && !c.startsWith("@"));
        b.screenshot("audit");
        b.assertAccessible("audit");
    }

    // ---- helpers for the action form of the detail page

    /**
     * Clicks the decision button of the action as a user does (nothing is preselected); the form then
     * shows the fields of that decision, and the submit button is named by it.
     */
    private static String decisionButton(String action) {
        return "//*[@id='act:action']//button[@data-action='" + action + "']";
    }

    private static void choose(String action) {
        WebElement button = b.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(decisionButton(action))));
        if (!"true".equals(button.getAttribute("aria-pressed"))) {
            button.click();
            b.waitForPage();
        }
        b.waitFor(d ->
                "true".equals(d.findElement(By.xpath(decisionButton(action))).getAttribute("aria-pressed")));
    }

    /** Opens a PrimeFaces select menu, waits until its panel has faded in, clicks the entry, waits until it closed. */
    private static void pick(String menu, String label) {
        if (b.byId(menu + "_label").getText().equals(label)) {
            return;
        }
        b.waitFor(ExpectedConditions.elementToBeClickable(By.id(menu))).click();
        WebElement panel = b.byId(menu + "_panel");
        b.waitFor(d -> panel.isDisplayed() && "1".equals(panel.getCssValue("opacity")));
        panel.findElement(By.cssSelector("li[data-label='" + label + "']")).click();
        b.waitFor(ExpectedConditions.invisibilityOf(panel));
        b.waitForPage();
        b.waitFor(d -> b.byId(menu + "_label").getText().equals(label));
    }

    private static void submit(String expectedStage) {
        // the action posts by ajax and answers with a redirect to the fresh page (post-redirect-get)
        b.clickAndLoad("act:submit");
        b.waitFor(d -> b.has("stage") && b.byId("stage").getText().equals(expectedStage));
    }

    private static void act(String action, String expectedStage) {
        choose(action);
        submit(expectedStage);
    }

    /** Answers "yes" in the confirmation dialog; the step then shows the page again (post-redirect-get). */
    /** Confirms in the dialog an action that is refused: the page stays and shows why. */
    private static void confirmRefused() {
        b.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(
                        ".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog .ui-confirmdialog-yes")))
                .click();
    }

    private static void confirm() {
        WebElement html = b.driver.findElement(By.tagName("html"));
        WebElement yes = b.waitFor(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog .ui-confirmdialog-yes")));
        yes.click();
        b.waitFor(d -> Browser.gone(html));
        b.waitForPage();
    }

    /** Every cell of the first sheet of a downloaded xlsx, as text. */
    private static List<String> cells(Path xlsx) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> all = new java.util.ArrayList<>();
            // amounts are numeric cells shown as #,##0.00: read as the officer sees them
            var shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.add(shown.formatCellValue(cell))));
            return all;
        }
    }
}
