package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.in.MonitoringRound;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringQuery;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Monitoring requests in a map; lists sorted by (issued at, id) like the database's keyset index. */
public final class InMemoryMonitoringRepository implements MonitoringPort {

    private static final Comparator<MonitoringRequest> ORDER =
            Comparator.comparing(MonitoringRequest::issuedAt).thenComparing(r -> r.id().toString());

    private final Map<UUID, MonitoringRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized void insert(List<MonitoringRequest> issued) {
        Set<String> perRound = new HashSet<>();
        for (MonitoringRequest r : issued) {
            if (requests.containsKey(r.id()) || !perRound.add(r.round() + "/" + r.applicant())) {
                throw new IllegalStateException("monitoring request " + r.id() + " exists");
            }
        }
        issued.forEach(r -> requests.put(r.id(), r));
    }

    @Override
    public synchronized Optional<MonitoringRequest> find(UUID id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized boolean saveAnswer(MonitoringRequest answered) {
        MonitoringRequest stored = requests.get(answered.id());
        if (stored == null) {
            throw new IllegalStateException("monitoring request " + answered.id() + " is missing");
        }
        if (stored.answeredAt().isPresent()) {
            return false;
        }
        requests.put(answered.id(), answered);
        return true;
    }

    @Override
    public synchronized List<MonitoringRequest> list(MonitoringQuery q) {
        return requests.values().stream()
                .filter(r -> q.scopeTown() == null || r.town().equals(q.scopeTown()))
                .filter(r -> q.batch() == null || r.batch().equals(q.batch()))
                .filter(r -> q.round() == null || r.round().equals(q.round()))
                .filter(r -> q.applicant() == null || r.applicant().equals(q.applicant()))
                .filter(r -> q.status() == null || status(r, q.today()) == q.status())
                .filter(r -> q.after() == null
                        || r.issuedAt().isAfter(q.after().issuedAt())
                        || (r.issuedAt().equals(q.after().issuedAt())
                                && r.id().toString().compareTo(q.after().id().toString()) > 0))
                .sorted(ORDER)
                .limit(q.limit())
                .toList();
    }

    private static MonitoringStatus status(MonitoringRequest r, LocalDate today) {
        if (r.answeredAt().isPresent()) {
            return MonitoringStatus.ANSWERED;
        }
        return r.dueOn().isBefore(today) ? MonitoringStatus.OVERDUE : MonitoringStatus.OPEN;
    }

    @Override
    public synchronized Set<UnifiedSocialCreditCode> overdueAmong(
            Collection<UnifiedSocialCreditCode> applicants, LocalDate today) {
        return requests.values().stream()
                .filter(r -> applicants.contains(r.applicant()))
                .filter(r -> status(r, today) == MonitoringStatus.OVERDUE)
                .map(MonitoringRequest::applicant)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized Optional<LocalDate> earliestOpenDue(UnifiedSocialCreditCode applicant) {
        return requests.values().stream()
                .filter(r -> r.applicant().equals(applicant) && r.answeredAt().isEmpty())
                .map(MonitoringRequest::dueOn)
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized long countOverdue(TownCode town, LocalDate today) {
        return requests.values().stream()
                .filter(r -> town == null || r.town().equals(town))
                .filter(r -> status(r, today) == MonitoringStatus.OVERDUE)
                .count();
    }

    @Override
    public synchronized List<MonitoringRound> rounds(BatchCode batch, TownCode town, LocalDate today) {
        Map<UUID, List<MonitoringRequest>> byRound = requests.values().stream()
                .filter(r -> r.batch().equals(batch))
                .filter(r -> town == null || r.town().equals(town))
                .collect(Collectors.groupingBy(MonitoringRequest::round, LinkedHashMap::new, Collectors.toList()));
        return byRound.entrySet().stream()
                .map(e -> {
                    List<MonitoringRequest> rs = e.getValue();
                    MonitoringRequest first = rs.get(0);
                    return new MonitoringRound(
                            e.getKey(),
                            batch,
                            first.title(),
                            first.dueOn(),
                            first.issuedAt(),
                            rs.size(),
                            rs.stream().filter(r -> r.answeredAt().isPresent()).count(),
                            rs.stream().filter(MonitoringRequest::late).count(),
                            rs.stream()
                                    .filter(r -> status(r, today) == MonitoringStatus.OVERDUE)
                                    .count());
                })
                .sorted(Comparator.comparing(MonitoringRound::issuedAt)
                        .reversed()
                        .thenComparing(r -> r.round().toString()))
                .toList();
    }

    /** Every request, for tests. */
    public synchronized List<MonitoringRequest> all() {
        return requests.values().stream().filter(Objects::nonNull).toList();
    }
}
