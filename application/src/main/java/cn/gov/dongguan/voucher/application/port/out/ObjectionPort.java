package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Objections to public notices (R-OBJ-1), with their decisions. */
public interface ObjectionPort {

    /** Inserts a new objection or stores the decision of a known one. */
    void save(Objection objection);

    Optional<Objection> find(UUID id);

    /** The objections against one application, in order of receipt. */
    List<Objection> forApplication(ApplicationId applicationId);
}
