package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Use case: the evidence behind an application for its reviewers — the leases it claims with their
 * payments and invoices, and the usage (card-hours per calendar month) metered on each lease.
 */
public interface GetApplicationEvidenceUseCase {

    ApplicationEvidence evidence(Actor actor, ApplicationId id);

    /**
     * @param leases the claimed leases that exist, in the order the application lists them
     * @param monthlyCardHours per lease, card-hours per month in ascending month order; absent when nothing is metered
     */
    record ApplicationEvidence(
            List<ComputeLease> leases, Map<OrderNumber, Map<YearMonth, BigDecimal>> monthlyCardHours) {

        public ApplicationEvidence {
            leases = List.copyOf(leases);
            monthlyCardHours = Map.copyOf(monthlyCardHours);
        }
    }
}
