-- Issue 12: usage arrives by the million, and what the review reads of it is per lease and month (the
-- evidence page's card-hours, the no-usage flag's count). A roll-up row per lease and month (Asia/Shanghai,
-- by period start) is maintained by the ingest in the same transaction as the records it adds, so no
-- read sums raw records. Filled here from the records already stored (per database: the month's expression).
CREATE TABLE usage_month (
    order_no   VARCHAR(64)    NOT NULL REFERENCES lease (order_no),
    month_start DATE          NOT NULL,
    card_hours NUMERIC(18,3)  NOT NULL,
    records    BIGINT         NOT NULL,
    PRIMARY KEY (order_no, month_start)
);
-- the lease-and-time index served only those sums; every insert paid for it
DROP INDEX usage_record_lease_ix;
