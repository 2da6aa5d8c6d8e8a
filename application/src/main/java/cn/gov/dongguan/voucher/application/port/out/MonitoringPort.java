package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.port.in.MonitoringRound;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The monitoring requests of R-POST-1 with their answers. Statuses are never stored: the queries
 * that depend on them take the programme's day ({@code today}), and a request is overdue when it is
 * unanswered and its due day lies before {@code today}.
 */
public interface MonitoringPort {

    /** Stores the requests of one issue (one round); none of them exists yet. */
    void insert(List<MonitoringRequest> requests);

    /** The request as the store holds it now (never a copy cached earlier in the transaction). */
    Optional<MonitoringRequest> find(UUID id);

    /**
     * Stores the answer of a request that was unanswered; {@code false}, changing nothing, when it
     * was answered meanwhile (by a concurrent call).
     */
    boolean saveAnswer(MonitoringRequest answered);

    /** One page in order of issue (issued at, then id), with one row more than asked when there is a next page. */
    List<MonitoringRequest> list(MonitoringQuery query);

    /** The applicants among {@code applicants} with an overdue request on {@code today}. */
    Set<UnifiedSocialCreditCode> overdueAmong(Collection<UnifiedSocialCreditCode> applicants, LocalDate today);

    /** The earliest due day of the applicant's unanswered requests, if it has any. */
    Optional<LocalDate> earliestOpenDue(UnifiedSocialCreditCode applicant);

    /** How many requests are overdue on {@code today}, in one town or (null) the whole city. */
    long countOverdue(TownCode town, LocalDate today);

    /** The rounds issued in a batch, newest first, with their counts on {@code today}, within the town if given. */
    List<MonitoringRound> rounds(BatchCode batch, TownCode town, LocalDate today);
}
