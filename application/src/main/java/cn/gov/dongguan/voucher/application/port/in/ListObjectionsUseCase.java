package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;

/** Use case: the city bureau reads the objections filed against an application, with text and contact (R-OBJ-1). */
public interface ListObjectionsUseCase {

    /** In order of receipt; only city officers (the contact is personal data). */
    List<Objection> objections(Actor actor, ApplicationId applicationId);
}
