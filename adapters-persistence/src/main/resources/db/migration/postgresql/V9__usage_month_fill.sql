INSERT INTO usage_month (order_no, month_start, card_hours, records)
SELECT order_no, date_trunc('month', period_start AT TIME ZONE 'Asia/Shanghai')::date, sum(card_hours), count(*)
FROM usage_record GROUP BY 1, 2;
-- time-ordered arrival: a block-range index finds a period's records at a fraction of a B-tree's upkeep
CREATE INDEX usage_record_period_brin ON usage_record USING brin (period_start);
-- Half of an ingest's time in the database went to the per-row foreign-key check on the lease. The roll-up
-- row each stored record adds to (in the same statement) keeps its foreign key on the lease, so every
-- record's lease is still proven to exist, once per lease and month instead of once per record.
ALTER TABLE usage_record DROP CONSTRAINT usage_record_order_no_fkey;
