package cn.gov.dongguan.voucher.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a 2xx means on disk. A server of the test's own takes 10,000 usage records, answers
 * {@code 200 {"accepted":10000}} and is killed with SIGKILL at once (as {@code kill -9}); started
 * again on the same files (H2) or schema (PostgreSQL), it has every record: the same push again
 * finds all 10,000 as duplicates. Runs on H2 and on PostgreSQL.
 */
class DurabilityIT {

    @Test
    void acknowledged_usage_records_survive_a_kill_9_right_after_the_answer() throws Exception {
        RunningSystem first = RunningSystem.own();
        String order = "ORD-KILL-1";
        String body;
        try {
            Api portal = new Api(first.baseUrl, "demo-portal-token");
            Api platform = new Api(first.baseUrl, "demo-platform-token");
            String uscc = DomainFixtures.dongguanEnterprise(990_001).value();
            assertThat(portal.put("/api/v1/applicants/" + uscc, Partners.applicantJson("DONGCHENG", "东莞市持久科技有限公司"))
                            .status())
                    .isEqualTo(201);
            assertThat(platform.put("/api/v1/leases/" + order, Partners.leaseJson(uscc))
                            .status())
                    .isEqualTo(201);
            StringBuilder records = new StringBuilder("[");
            for (int i = 0; i < 10_000; i++) {
                if (i > 0) {
                    records.append(',');
                }
                int day = 1 + i % 28;
                records.append("""
                        {"recordId":"K-%d","orderNo":"%s","periodStart":"2025-01-%02dT00:00:00+08:00",\
                        "periodEnd":"2025-01-%02dT01:00:00+08:00","cardHours":1,"utilisation":50}""".formatted(i, order, day, day));
            }
            body = records.append(']').toString();
            Api.Answer pushed = platform.post("/api/v1/usage-records", body);
            assertThat(pushed.status()).as(pushed.text()).isEqualTo(200);
            assertThat(pushed.json().getInt("accepted")).isEqualTo(10_000);
        } finally {
            // at once after the answer: no flush, no shutdown hook
            first.kill();
        }
        RunningSystem again = first.restart();
        try {
            Api.Answer replay = new Api(again.baseUrl, "demo-platform-token").post("/api/v1/usage-records", body);
            assertThat(replay.status()).as(replay.text()).isEqualTo(200);
            assertThat(replay.json().getInt("accepted")).isZero();
            assertThat(replay.json().getInt("duplicates")).isEqualTo(10_000);
        } finally {
            again.kill();
        }
    }
}
