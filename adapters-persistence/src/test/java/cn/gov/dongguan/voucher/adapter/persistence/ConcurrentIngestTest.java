package cn.gov.dongguan.voucher.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Indexed;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.IngestResult;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 12: concurrent pushes of overlapping usage records never fail a request. Eight platform
 * requests at once, each 2,000 records of which 1,500 overlap its neighbours': every request
 * answers, every record id is stored once, the accepted counts add up to the distinct ids, and the
 * monthly roll-up holds exactly the stored records — on PostgreSQL's COPY path and H2's batch path.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class ConcurrentIngestTest {

    @Parameter
    TestDatabase.Kind kind;

    @Test
    void overlapping_pushes_at_once_all_answer_and_store_each_record_once() throws Exception {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        String order = "ORD-CONC-" + kind + "-" + System.nanoTime();
        system.db.jpa.inTransaction(() -> {
            new cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaLeaseRepository(system.db.jpa)
                    .save(DomainFixtures.lease(order, DomainFixtures.dongguanEnterprise(777)));
            return null;
        });
        String run = Long.toString(System.nanoTime(), 36);
        int requests = 8;
        int size = 2_000;
        int step = 500;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<IngestResult>> pushes = new ArrayList<>();
        for (int k = 0; k < requests; k++) {
            int from = k * step;
            pushes.add(() -> {
                List<Indexed> records = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    int n = from + i;
                    Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * n);
                    records.add(new Indexed(
                            i,
                            new UsageRecord(
                                    run + "-" + n,
                                    OrderNumber.of(order),
                                    at,
                                    at.plusSeconds(3600),
                                    new BigDecimal("1.5"),
                                    new BigDecimal("80"))));
                }
                start.await();
                return system.services.leases().ingest(ProgrammeScenario.PLATFORM, records, List.of());
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<IngestResult> results = new ArrayList<>();
        try {
            List<Future<IngestResult>> futures = new ArrayList<>();
            for (Callable<IngestResult> push : pushes) {
                futures.add(pool.submit(push));
            }
            start.countDown();
            for (Future<IngestResult> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            // no interrupt: an interrupted H2 write closes the shared test database's file
            pool.shutdown();
            pool.awaitTermination(120, TimeUnit.SECONDS);
        }
        int distinct = (requests - 1) * step + size;
        assertThat(results).allSatisfy(r -> {
            assertThat(r.rejected()).isEmpty();
            assertThat(r.accepted() + r.duplicates()).isEqualTo(size);
        });
        assertThat(results.stream().mapToInt(IngestResult::accepted).sum()).isEqualTo(distinct);
        Map<OrderNumber, Long> counts = system.db.jpa.inTransaction(
                () -> new cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaUsageRecordRepository(system.db.jpa)
                        .countByLease(List.of(OrderNumber.of(order))));
        assertThat(counts).containsEntry(OrderNumber.of(order), (long) distinct);
        Map<YearMonth, BigDecimal> months = system.db.jpa.inTransaction(
                () -> new cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaUsageRecordRepository(system.db.jpa)
                        .monthlyCardHours(OrderNumber.of(order)));
        assertThat(months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(new BigDecimal("1.5").multiply(BigDecimal.valueOf(distinct)));
    }
}
