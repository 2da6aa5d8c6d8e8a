package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.shared.Upsert;

/** What an idempotent write did ({@code CREATED} is 201, otherwise 200) and the stored value. */
public record UpsertResult<T>(Upsert outcome, T value) {

    public boolean created() {
        return outcome == Upsert.CREATED;
    }
}
