package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.List;

/**
 * Use case: the platform pushes usage-metering records in bulk (up to 10,000), idempotent by
 * record id; one bad record does not reject the others.
 */
public interface IngestUsageRecordsUseCase {

    int MAX_RECORDS = 10_000;

    /**
     * @param records the records that were well-formed, with their index in the request
     * @param malformed the records the adapter could not even build, with their index
     */
    IngestResult ingest(Actor actor, List<Indexed> records, List<Rejection> malformed);

    /** A well-formed record and where it stood in the request. */
    record Indexed(int index, UsageRecord record) {}

    /** A refused record: its index in the request and why. */
    record Rejection(int index, List<Violation> errors) {}

    /** How many were stored, how many were already known, and which were refused. */
    record IngestResult(int accepted, int duplicates, List<Rejection> rejected) {}
}
