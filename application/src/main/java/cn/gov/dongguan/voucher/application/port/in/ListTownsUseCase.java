package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;

/** Use case: the towns and parks of the programme (R-REF-1), for filters and the reference-data page. */
public interface ListTownsUseCase {

    /** Every town, active or not, by code. */
    List<Town> towns(Actor actor);
}
