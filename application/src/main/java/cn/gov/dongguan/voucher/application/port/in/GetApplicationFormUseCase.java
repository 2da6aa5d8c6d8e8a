package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;

/**
 * Use case: what the printable application form (申请表, domain.md §9) shows, read once: the
 * application as the reader sees it, its claimed leases (the form's 算力租赁情况), the town's name and
 * the batch's funding year (the form's title). A view of personal data, audited.
 */
public interface GetApplicationFormUseCase {

    ApplicationForm form(Actor actor, ApplicationId id);

    record ApplicationForm(ApplicationDetails details, List<ComputeLease> leases, String townName, int fundingYear) {

        public ApplicationForm {
            leases = List.copyOf(leases);
        }
    }
}
