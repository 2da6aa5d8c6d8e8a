package cn.gov.dongguan.voucher.app.it;

import static cn.gov.dongguan.voucher.app.it.Partners.ADMIN;
import static cn.gov.dongguan.voucher.app.it.Partners.ANONYMOUS;
import static cn.gov.dongguan.voucher.app.it.Partners.CITY;
import static cn.gov.dongguan.voucher.app.it.Partners.EXPERT;
import static cn.gov.dongguan.voucher.app.it.Partners.FUND;
import static cn.gov.dongguan.voucher.app.it.Partners.PORTAL;
import static cn.gov.dongguan.voucher.app.it.Partners.TOWN_DONGCHENG;
import static cn.gov.dongguan.voucher.app.it.Partners.etag;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole journey through the partner API of the running system, from registration to disbursement. */
class JourneyIT {

    static Api.Answer ok(Api.Answer a) {
        assertThat(a.status()).as(a.text()).isBetween(200, 202);
        return a;
    }

    @Test
    void an_application_travels_from_registration_to_disbursement() throws Exception {
        String batch = Partners.batch();
        Partners.Filed f = Partners.submitted(batch, "DONGCHENG", "60000.00", "40000.00");
        String id = f.applicationId();

        JsonObject submitted = ok(CITY.get("/api/v1/applications/" + id)).json();
        assertThat(submitted.getString("stage")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("eligibleExpense")).isEqualTo("100000.00");
        assertThat(submitted.getString("subsidy")).isEqualTo("50000.00");
        assertThat(submitted.getJsonObject("applicant").getString("name")).startsWith("东莞市测试");
        JsonObject calc =
                ok(CITY.get("/api/v1/applications/" + id + "/calculation")).json();
        assertThat(calc.getString("ratio")).isEqualTo("0.50");
        assertThat(calc.getJsonArray("leases").getJsonObject(0).getJsonArray("payments"))
                .hasSize(2);

        ok(CITY.action(id, etag(id), "{\"action\":\"OPEN\"}"));
        ok(CITY.action(id, etag(id), "{\"action\":\"PASS\"}"));
        ok(CITY.action(id, etag(id), "{\"action\":\"PASS\"}"));
        ok(TOWN_DONGCHENG.action(id, etag(id), "{\"action\":\"PASS\",\"paperDossierReceived\":true}"));
        JsonObject verified = ok(EXPERT.action(
                        id,
                        etag(id),
                        "{\"action\":\"PASS\",\"verifiedAmount\":\"90000.00\",\"legalRepConfirmation\":\"SIGNATURE\","
                                + "\"originalsChecked\":true}"))
                .json();
        assertThat(verified.getString("stage")).isEqualTo("AWAITING_ALLOCATION");
        assertThat(verified.getString("subsidy")).isEqualTo("45000.00");

        JsonObject simulation = ok(FUND.get("/api/v1/batches/" + batch + "/allocation-simulation"))
                .json();
        assertThat(simulation.getString("requested")).isEqualTo("45000.00");
        assertThat(simulation.getJsonObject("modes").keySet()).containsExactly("RATIO", "CAP", "FIRST_COME");
        ok(FUND.post("/api/v1/batches/" + batch + "/allocation", "{\"mode\":\"RATIO\"}"));
        assertThat(ok(CITY.get("/api/v1/batches/" + batch))
                        .json()
                        .getJsonObject("allocation")
                        .getString("mode"))
                .isEqualTo("RATIO");
        ok(CITY.postEmpty("/api/v1/batches/" + batch + "/notice"));
        List<JsonObject> notice =
                ok(ANONYMOUS.get("/api/v1/public/notices/" + batch)).array().getValuesAs(JsonObject.class);
        assertThat(notice).singleElement().satisfies(e -> {
            assertThat(e.getString("subsidy")).isEqualTo("45000.00");
            assertThat(e.getString("uscc")).isEqualTo(f.uscc());
            assertThat(e.containsKey("legalRepresentative")).isFalse();
        });

        // the notice runs 7 days; the demo clock moves on, and the scheduled job (every minute) ends it
        ok(ADMIN.post("/api/v1/admin/clock", "{\"advance\":\"P9D\"}"));
        String stage = "";
        for (int i = 0; i < 80 && !stage.equals("NOTICE_PASSED"); i++) {
            Thread.sleep(1000);
            stage = CITY.get("/api/v1/applications/" + id).json().getString("stage");
        }
        assertThat(stage).isEqualTo("NOTICE_PASSED");
        ok(CITY.postEmpty("/api/v1/batches/" + batch + "/report"));
        ok(CITY.post(
                "/api/v1/batches/" + batch + "/approval",
                "{\"approvedOn\":\"2025-12-20\",\"documentNo\":\"东府〔2025〕1号\"}"));
        // R-FLOW-10: the look-up recorded at the eligibility check is too old on the day of payment
        Api.Answer refused = FUND.action(
                id,
                etag(id),
                "{\"action\":\"DISBURSE\",\"bankReference\":\"BK20251225001\",\"paidOn\":\"2025-12-25\"}");
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.text()).contains("CREDIT_CHECK_TOO_OLD").contains("R-ELIG-4");
        ok(CITY.put(
                "/api/v1/applicants/" + f.uscc() + "/credit-record", "{\"checkedOn\":\"2025-12-24\",\"listedOn\":[]}"));
        JsonObject paid = ok(FUND.action(
                        id,
                        etag(id),
                        "{\"action\":\"DISBURSE\",\"bankReference\":\"BK20251225001\",\"paidOn\":\"2025-12-25\"}"))
                .json();
        assertThat(paid.getString("stage")).isEqualTo("DISBURSED");
        assertThat(paid.getJsonArray("history")).hasSize(13);

        // the portal mirrors every move from the change feed, in order and without gaps
        List<JsonObject> events = ok(PORTAL.get("/api/v1/events?after=0&limit=1000"))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).getJsonNumber("seq").longValue())
                    .isEqualTo(events.get(i - 1).getJsonNumber("seq").longValue() + 1);
        }
        assertThat(events.stream()
                        .filter(e -> e.getString("applicationId").equals(id))
                        .map(e -> e.getString("to")))
                .endsWith("APPROVED", "DISBURSED");

        // the outputs
        Api.Answer pdf = ok(CITY.get("/api/v1/applications/" + id + "/form.pdf"));
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.raw().body(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(pdf.text()).contains("NotoSansSC");
        // the notice's form: cover, title with the year, four sections, the town by name, the verified
        // amount as 核定项目投入 and the town office's opinion filled from its re-check (issue 11)
        String form = formText(pdf.raw().body());
        assertThat(form)
                .contains("东莞市2025年度“算力券”奖补项目申报材料", "申报单位：", "编制时间：")
                .contains("东莞市2025年度“算力券”奖补项目申请表")
                .contains("一、企业基本情况", "二、申报项目信息", "三、项目责任承诺书", "四、审核意见表")
                .contains("东城街道", "核定项目投入", "90,000.00", "算力租赁合同共 1 份", "同意推荐")
                .contains("本单位承诺，递交的申报资料真实有效")
                .doesNotContain("DONGCHENG", "DISBURSED", "0.50");
        renderedLikeAForm(pdf.raw().body());
        for (String export : List.of("applications", "notice", "plan", "disbursement")) {
            Api.Answer xlsx = ok(FUND.get("/api/v1/batches/" + batch + "/exports/" + export + ".xlsx"));
            assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");
            assertThat(new String(xlsx.raw().body(), 0, 2, StandardCharsets.ISO_8859_1))
                    .isEqualTo("PK");
        }
        Api.Answer material = ok(CITY.get("/api/v1/applications/" + id + "/materials/SERVICE_PROOF"));
        assertThat(material.header("Content-Disposition")).startsWith("attachment");
        assertThat(material.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(material.text()).startsWith("%PDF-");
    }

    @Test
    void a_returned_application_is_resubmitted_within_its_window() {
        String batch = Partners.batch();
        String id = Partners.submitted(batch, "SONGSHANHU", "80000.00").applicationId();
        ok(CITY.action(id, etag(id), "{\"action\":\"OPEN\"}"));
        ok(CITY.action(id, etag(id), "{\"action\":\"PASS\"}"));
        JsonObject returned = ok(CITY.action(
                        id,
                        etag(id),
                        "{\"action\":\"RETURN\",\"reason\":\"服务证明缺平台盖章\",\"returnItems\":[\"SERVICE_PROOF\"]}"))
                .json();
        assertThat(returned.getString("stage")).isEqualTo("RETURNED");
        assertThat(returned.getString("returnDeadline")).endsWith("T23:59:59+08:00");
        ok(PORTAL.upload("/api/v1/applications/" + id + "/materials/SERVICE_PROOF", "盖章版.pdf", Partners.pdf("sealed")));
        assertThat(ok(PORTAL.postEmpty("/api/v1/applications/" + id + "/resubmit"))
                        .json()
                        .getString("stage"))
                .isEqualTo("FORMAL_REVIEW");
    }

    /** The text of every page of a PDF, as a reader copies it out (OpenPDF's extractor). */
    static String formText(byte[] pdf) throws java.io.IOException {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /**
     * The form rendered as a reader's viewer does (PDFBox, 100 dpi), each page saved to
     * {@code target/screenshots/form-page-N.png}: a cover page with little ink, then form pages whose
     * title band and table body carry ink, none blank and none a block of black (a lost font or a
     * failed layout shows as either).
     */
    static void renderedLikeAForm(byte[] pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 4);
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(shots);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 100);
                javax.imageio.ImageIO.write(
                        image,
                        "png",
                        shots.resolve("form-page-" + (page + 1) + ".png").toFile());
                double ink = ink(image, 0, image.getHeight());
                assertThat(ink).as("ink on page %d", page + 1).isBetween(0.002, 0.30);
                if (page == 1) {
                    assertThat(ink(image, 0, image.getHeight() / 10))
                            .as("the title band")
                            .isGreaterThan(0.002);
                    assertThat(ink(image, image.getHeight() / 5, image.getHeight() * 4 / 5))
                            .as("the table body")
                            .isGreaterThan(0.01);
                }
            }
        }
    }

    /** The share of dark pixels between two rows of an image. */
    static double ink(java.awt.image.BufferedImage image, int fromRow, int toRow) {
        long dark = 0;
        long all = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff);
                if (luminance < 1280) {
                    dark++;
                }
                all++;
            }
        }
        return all == 0 ? 0 : (double) dark / all;
    }
}
