package cn.gov.dongguan.voucher.domain.shared;

/** What an idempotent write by natural key did: the API answers 201 for CREATED and 200 otherwise. */
public enum Upsert {
    CREATED,
    UPDATED,
    UNCHANGED
}
