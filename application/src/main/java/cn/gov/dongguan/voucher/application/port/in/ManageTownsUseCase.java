package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.review.Actor;

/**
 * Use case: administrators add a town or park, or change its name, kind or whether it is active
 * (R-REF-1: reference data, so a new park needs no release). A code never changes; an inactive town
 * keeps its applicants and applications but takes no new registrations. Audited.
 */
public interface ManageTownsUseCase {

    Town save(Actor actor, Town town);
}
