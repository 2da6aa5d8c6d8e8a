package cn.gov.dongguan.voucher.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaAllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.AllocationSourcePortContract;
import cn.gov.dongguan.voucher.application.testing.StoredApplicationsContract;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The allocation source port contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaAllocationSourceTest extends AllocationSourcePortContract {

    @Parameter
    TestDatabase.Kind kind;

    TestDatabase db() {
        return TestDatabase.of(kind);
    }

    @Override
    protected TransactionsPort transactions() {
        return db().jpa;
    }

    @Override
    protected StoredApplicationsContract.Stores stores() {
        return db().stores();
    }

    @Override
    protected AllocationSourcePort allocationSource() {
        return new JpaAllocationSource(db().jpa);
    }

    /** The keyset continuation (bound instants with their zone, then the id) walks one row at a time. */
    @Test
    void chunks_of_one_row_continue_by_keyset_in_order_of_complete_submission() {
        twoAwaitingAllocationBesideOneInFinalReview();
        List<AllocationSource> whole = new ArrayList<>();
        List<AllocationSource> byOne = new ArrayList<>();
        tx(() -> allocationSource().streamAwaitingAllocation(batch.code(), 2025, whole::add));
        tx(() -> new JpaAllocationSource(db().jpa, 1).streamAwaitingAllocation(batch.code(), 2025, byOne::add));
        assertThat(whole).hasSize(2);
        assertThat(byOne).isEqualTo(whole);
        assertThat(byOne)
                .isSortedAccordingTo(
                        Comparator.comparing(AllocationSource::completedAt).thenComparing(a -> a.id().toString()));
    }
}
