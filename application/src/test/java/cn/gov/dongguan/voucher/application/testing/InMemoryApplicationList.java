package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.filing.ResubmissionDeadline;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lists and counts over the in-memory applications, with the database's keyset semantics. */
public final class InMemoryApplicationList implements ApplicationListPort {

    private final InMemoryApplicationRepository applications;

    public InMemoryApplicationList(InMemoryApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public List<ApplicationSummary> list(ApplicationListQuery q) {
        Comparator<ApplicationSummary> order = comparator(q.sort());
        if (q.descending()) {
            order = order.reversed();
        }
        Comparator<ApplicationSummary> finalOrder = order;
        return applications.rows().stream()
                .filter(r -> matches(r, q))
                .map(InMemoryApplicationList::summary)
                .map(s -> s.seenAt(q.now()))
                .filter(s -> q.after() == null || finalOrder.compare(s, probe(q)) > 0)
                .sorted(order)
                .limit(q.limit() + 1L)
                .toList();
    }

    @Override
    public long count(ApplicationListQuery q) {
        return applications.rows().stream().filter(r -> matches(r, q)).count();
    }

    private static Comparator<ApplicationSummary> comparator(ApplicationSort sort) {
        Comparator<ApplicationSummary> byValue =
                switch (sort) {
                    case CREATED_AT -> Comparator.comparing(ApplicationSummary::createdAt);
                    case UPDATED_AT -> Comparator.comparing(ApplicationSummary::updatedAt);
                    case SUBSIDY -> Comparator.comparing(ApplicationSummary::subsidy);
                    case APPLICANT_NAME -> Comparator.comparing(ApplicationSummary::applicantName);
                };
        return byValue.thenComparing(s -> s.id().toString());
    }

    /** A summary carrying just the keyset's sort value and id, to compare rows against. */
    private static ApplicationSummary probe(ApplicationListQuery q) {
        String v = q.after().value();
        Instant instant = q.sort() == ApplicationSort.CREATED_AT || q.sort() == ApplicationSort.UPDATED_AT
                ? Instant.parse(v)
                : Instant.EPOCH;
        Money subsidy = q.sort() == ApplicationSort.SUBSIDY ? Money.ofFen(Long.parseLong(v)) : Money.ZERO;
        String name = q.sort() == ApplicationSort.APPLICANT_NAME ? v : "";
        return new ApplicationSummary(
                ApplicationId.of(q.after().id()),
                null,
                null,
                name,
                null,
                null,
                null,
                null,
                0,
                instant,
                instant,
                null,
                null,
                null,
                subsidy,
                null,
                null,
                null);
    }

    private static boolean matches(InMemoryApplicationRepository.Row r, ApplicationListQuery q) {
        ApplicationState s = r.state();
        if (q.scopeTown() != null && !s.town().equals(q.scopeTown())) {
            return false;
        }
        if (q.batch() != null && !s.batch().equals(q.batch())) {
            return false;
        }
        if (!q.stages().isEmpty() && !q.stages().contains(seen(s, q.now()))) {
            return false;
        }
        if (q.town() != null && !s.town().equals(q.town())) {
            return false;
        }
        if (q.category() != null && s.category() != q.category()) {
            return false;
        }
        if (q.minSubsidy() != null && r.figures().subsidy().isLessThan(q.minSubsidy())) {
            return false;
        }
        if (q.maxSubsidy() != null && r.figures().subsidy().isGreaterThan(q.maxSubsidy())) {
            return false;
        }
        if (q.text() != null) {
            String text = q.text().toLowerCase(Locale.ROOT);
            return r.figures().applicantName().toLowerCase(Locale.ROOT).contains(text)
                    || s.applicantUscc().value().startsWith(q.text().toUpperCase(Locale.ROOT));
        }
        return true;
    }

    private static ApplicationSummary summary(InMemoryApplicationRepository.Row r) {
        ApplicationState s = r.state();
        return new ApplicationSummary(
                s.id(),
                s.batch(),
                s.applicantUscc(),
                r.figures().applicantName(),
                s.town(),
                s.category(),
                s.content().projectName(),
                s.stage(),
                s.version(),
                s.createdAt(),
                r.updatedAt(),
                s.submittedAt(),
                s.returnDeadline(),
                r.figures().eligibleExpense(),
                r.figures().subsidy(),
                s.allocatedAmount(),
                s.bankReference(),
                s.paidOn());
    }

    @Override
    public List<StageCount> countByTownAndStage(BatchCode batch, TownCode town, Instant now) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        applications.rows().stream()
                .map(InMemoryApplicationRepository.Row::state)
                .filter(s -> batch == null || s.batch().equals(batch))
                .filter(s -> town == null || s.town().equals(town))
                .forEach(s -> counts.merge(List.of(s.town(), seen(s, now)), 1L, Long::sum));
        List<StageCount> result = new ArrayList<>();
        counts.forEach((k, v) -> result.add(new StageCount((TownCode) k.get(0), (ReviewStage) k.get(1), v)));
        return result;
    }

    @Override
    public List<ApplicationSummary> returnDeadlinesBetween(Instant from, Instant to, TownCode town) {
        return applications.rows().stream()
                .filter(r -> r.state().stage() == ReviewStage.RETURNED)
                .filter(r -> !r.state().returnDeadline().isBefore(from)
                        && r.state().returnDeadline().isBefore(to))
                .filter(r -> town == null || r.state().town().equals(town))
                .map(InMemoryApplicationList::summary)
                .sorted(Comparator.comparing(ApplicationSummary::returnDeadline))
                .toList();
    }

    /** The stage as read at {@code now}: an overdue return is withdrawn (R-FLOW-3). */
    private static ReviewStage seen(ApplicationState s, Instant now) {
        return now != null && s.stage() == ReviewStage.RETURNED && ResubmissionDeadline.isPast(s.returnDeadline(), now)
                ? ReviewStage.WITHDRAWN
                : s.stage();
    }
}
