package cn.gov.dongguan.voucher.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Health, metrics, the published OpenAPI document, and the demo configuration of api.md. */
class OperationsIT {

    static final List<String> API_PATHS = List.of(
            "/api/v1/batches",
            "/api/v1/batches/{code}",
            "/api/v1/batches/{code}/policy",
            "/api/v1/batches/{code}/allocation-simulation",
            "/api/v1/batches/{code}/allocation",
            "/api/v1/batches/{code}/notice",
            "/api/v1/batches/{code}/report",
            "/api/v1/batches/{code}/approval",
            "/api/v1/applicants/{uscc}",
            "/api/v1/applicants/{uscc}/credit-record",
            "/api/v1/applicants/{uscc}/disqualification/lift",
            "/api/v1/applications/{id}/objections",
            "/api/v1/leases/{orderNo}",
            "/api/v1/leases/{orderNo}/payments/{paymentRef}",
            "/api/v1/leases/{orderNo}/invoices/{invoiceNo}",
            "/api/v1/usage-records",
            "/api/v1/applications",
            "/api/v1/applications/{id}",
            "/api/v1/applications/{id}/calculation",
            "/api/v1/applications/{id}/materials/{type}",
            "/api/v1/applications/{id}/submit",
            "/api/v1/applications/{id}/resubmit",
            "/api/v1/applications/{id}/withdraw",
            "/api/v1/applications/{id}/actions",
            "/api/v1/applications/{id}/form.pdf",
            "/api/v1/events",
            "/api/v1/public/notices/{code}",
            "/api/v1/public/notices/{code}/objections",
            "/api/v1/admin/clock",
            "/api/v1/batches/{code}/exports/applications.xlsx",
            "/api/v1/batches/{code}/exports/disbursement.xlsx",
            "/api/v1/batches/{code}/exports/monitoring.xlsx",
            "/api/v1/monitoring-requests",
            "/api/v1/monitoring-requests/{id}",
            "/api/v1/monitoring-requests/{id}/answer");

    @Test
    void health_metrics_and_openapi_answer() {
        Api anyone = Api.as(null);
        assertThat(anyone.get("/health/ready").status()).isEqualTo(200);
        assertThat(anyone.get("/health/live").status()).isEqualTo(200);
        assertThat(anyone.get("/metrics").status()).isEqualTo(200);
        String openapi = anyone.get("/openapi").text();
        for (String path : API_PATHS) {
            assertThat(openapi).as(path).contains(path + ":");
        }
    }

    @Test
    void the_demo_configuration_has_batch_2025_1_with_the_notices_values() {
        var batch = Partners.CITY.get("/api/v1/batches/2025-1").json();
        assertThat(batch.getString("ratio")).isEqualTo("0.50");
        assertThat(batch.getString("budget")).isEqualTo("30000000.00");
        assertThat(batch.getString("annualCap")).isEqualTo("1000000.00");
        assertThat(batch.getString("minimumPayment")).isEqualTo("50000.00");
        assertThat(batch.getString("windowStart")).isEqualTo("2024-04-23");
        assertThat(batch.getString("windowEnd")).isEqualTo("2025-10-31");
        assertThat(batch.getString("submissionDeadline")).isEqualTo("2025-11-15T23:59:59+08:00");
        assertThat(Partners.CITY.get("/api/v1/applications?batch=2025-1").json().getJsonArray("items"))
                .isEmpty();
        assertThat(Partners.CITY
                        .get("/api/v1/applications?batch=2025-demo")
                        .json()
                        .getJsonArray("items"))
                .isNotEmpty();
        // the sample programme shows the review stages a batch can hold at once, the end states included
        // (R-CALC-9: the stages before allocation wait in the year's second batch, 2025-demo-2)
        var stages = java.util.stream.Stream.of("2025-demo", "2025-demo-2")
                .flatMap(code -> Partners.CITY
                        .get("/api/v1/applications?batch=" + code + "&limit=100")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(jakarta.json.JsonObject.class)
                        .stream())
                .map(a -> a.getString("stage"))
                .toList();
        assertThat(stages)
                .contains(
                        "DRAFT",
                        "SUBMITTED",
                        "ELIGIBILITY_CHECK",
                        "FORMAL_REVIEW",
                        "TOWN_REVIEW",
                        "FINAL_REVIEW",
                        // the return of 2025-10-30 reads WITHDRAWN once other tests move the clock past its window
                        "WITHDRAWN",
                        "APPROVED",
                        "DISBURSED",
                        "REJECTED",
                        "TERMINATED");
    }
}
