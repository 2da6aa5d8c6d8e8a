package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import java.util.List;

/** Objections to public notices. */
public interface ObjectionPort {

    void save(Objection objection);

    List<Objection> forApplication(ApplicationId applicationId);
}
