package cn.gov.dongguan.voucher.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaAllocationSource;
import cn.gov.dongguan.voucher.adapter.persistence.testing.ApplicationsAtScale;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.allocation.AllocationCandidate;
import cn.gov.dongguan.voucher.domain.allocation.AllocationOutcome;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.allocation.BudgetAllocator;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * quality.md "whole-batch work": the allocation simulation (R-CALC-9) over 100,000 applications
 * awaiting allocation in PostgreSQL, through the use case and the real repository, against a
 * baseline measured in the same run — plain JDBC reading the same rows. A benchmark that prints its
 * figures; it asserts the results, not the times.
 */
class AllocationAtScaleTest {

    static final String BATCH = "ALLOC-100K";
    static final int ROWS = 100_000;
    static TestDatabase db;

    @BeforeAll
    static void hundredThousandAwaitingAllocation() throws Exception {
        db = TestDatabase.of(TestDatabase.Kind.POSTGRESQL);
        try (Connection c = db.dataSource.getConnection()) {
            ApplicationsAtScale.load(c, BATCH, ROWS, 700_000, "分配单位", true);
        }
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_the_three_modes_over_100_000_applications_take_seconds_and_fit_the_budget() throws Exception {
        JpaSystem system = new JpaSystem(db);
        // warm up the JIT and the connection pool once
        system.services.allocation().simulate(ProgrammeScenario.FUND, BatchCode.of(BATCH));
        baseline();

        long baselineMillis = Long.MAX_VALUE;
        long simulationMillis = Long.MAX_VALUE;
        AllocationSimulation simulation = null;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int read = baseline();
            baselineMillis = Math.min(baselineMillis, (System.nanoTime() - t0) / 1_000_000);
            assertThat(read).isEqualTo(ROWS);
            System.gc();
            long heapBefore = usedHeap();
            t0 = System.nanoTime();
            simulation = system.services.allocation().simulate(ProgrammeScenario.FUND, BatchCode.of(BATCH));
            simulationMillis = Math.min(simulationMillis, (System.nanoTime() - t0) / 1_000_000);
            System.out.printf(
                    "[allocation] round %d: heap grew by %d MiB while simulating%n",
                    round + 1, Math.max(0, usedHeap() - heapBefore) / (1024 * 1024));
        }
        System.out.printf(
                "[allocation] %,d applications: simulation of RATIO, CAP and FIRST_COME %d ms; plain JDBC "
                        + "read of the same rows %d ms; ratio %.1f (best of 3, after a warm-up)%n",
                ROWS, simulationMillis, baselineMillis, (double) simulationMillis / Math.max(1, baselineMillis));

        // where the time goes: the port's read alone, and the allocator alone on what it read
        long readMillis = Long.MAX_VALUE;
        long allocatorMillis = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            List<AllocationSource> read = new ArrayList<>();
            long t0 = System.nanoTime();
            db.jpa.run(() ->
                    new JpaAllocationSource(db.jpa).streamAwaitingAllocation(BatchCode.of(BATCH), 2025, read::add));
            readMillis = Math.min(readMillis, (System.nanoTime() - t0) / 1_000_000);
            List<AllocationCandidate> candidates = new ArrayList<>();
            for (AllocationSource r : read) {
                candidates.add(new AllocationCandidate(
                        r.id(), r.uscc(), r.applicantName(), r.basis(), Money.of("1000000.00"), r.completedAt()));
            }
            t0 = System.nanoTime();
            BudgetAllocator.simulate(candidates, Ratio.of("0.5"), Money.of("1000000.00"), simulation.budget());
            allocatorMillis = Math.min(allocatorMillis, (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf(
                "[allocation] of which: the port's read of the candidates %d ms, the allocator's three modes %d ms%n",
                readMillis, allocatorMillis);

        assertThat(simulation.ratio().rows()).hasSize(ROWS);
        assertThat(simulation.oversubscribed()).isTrue();
        for (AllocationOutcome outcome : List.of(simulation.ratio(), simulation.cap(), simulation.firstCome())) {
            assertThat(outcome.total()).isLessThanOrEqualTo(simulation.budget());
            assertThat(outcome.rows()).allMatch(r -> !r.allocated().isGreaterThan(r.requested()));
        }
        Money requested =
                simulation.ratio().rows().stream().map(r -> r.requested()).reduce(Money.ZERO, Money::plus);
        assertThat(requested).isEqualTo(simulation.requested());
    }

    /** The physical floor: the same rows read by plain JDBC into objects. */
    private static int baseline() throws Exception {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT id, applicant_uscc, applicant_name, verified_amount, "
                        + "eligible_expense, completed_at FROM application WHERE batch_code = ? AND stage = "
                        + "'AWAITING_ALLOCATION' ORDER BY completed_at, id")) {
            q.setString(1, BATCH);
            q.setFetchSize(1000);
            c.setAutoCommit(false);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getBigDecimal(4),
                        r.getBigDecimal(5),
                        r.getObject(6)
                    });
                }
            }
            c.commit();
            return rows.size();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
