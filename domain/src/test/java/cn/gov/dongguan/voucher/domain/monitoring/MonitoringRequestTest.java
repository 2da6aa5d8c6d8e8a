package cn.gov.dongguan.voucher.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-POST-1: monitoring requests to funded applicants, and when they are overdue. */
class MonitoringRequestTest {

    @Test
    @Tag("R-POST-1")
    void r_post_1_a_request_is_overdue_after_its_due_day_until_answered() {
        MonitoringRequest request = MonitoringRequest.issue(
                UUID.randomUUID(),
                DomainFixtures.dongguanEnterprise(1),
                "2026年一季度营业收入与算力使用情况",
                LocalDate.of(2026, 4, 15),
                DomainFixtures.at("2026-04-01T09:00"));
        assertThat(request.isOverdue(DomainFixtures.at("2026-04-15T23:59"))).isFalse();
        assertThat(request.isOverdue(DomainFixtures.at("2026-04-16T00:00"))).isTrue();
        request.answer("营业收入1.2亿元", DomainFixtures.at("2026-04-17T10:00"));
        assertThat(request.isOverdue(DomainFixtures.at("2026-04-18T00:00"))).isFalse();
        assertThatThrownBy(() -> request.answer("again", DomainFixtures.at("2026-04-18T10:00")))
                .isInstanceOf(ConflictException.class);
    }
}
