package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Objections in a list, read back in order of receipt as the database orders them. */
public final class InMemoryObjectionRepository implements ObjectionPort {

    private final List<Objection> objections = new ArrayList<>();

    @Override
    public synchronized void save(Objection objection) {
        objections.removeIf(o -> o.id().equals(objection.id()));
        objections.add(objection);
    }

    @Override
    public synchronized Optional<Objection> find(UUID id) {
        return objections.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Objection> forApplication(ApplicationId applicationId) {
        return objections.stream()
                .filter(o -> o.applicationId().equals(applicationId))
                .sorted(Comparator.comparing(Objection::receivedAt))
                .toList();
    }
}
