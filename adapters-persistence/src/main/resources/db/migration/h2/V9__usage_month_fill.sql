INSERT INTO usage_month (order_no, month_start, card_hours, records)
SELECT order_no, m, SUM(card_hours), COUNT(*) FROM (
    SELECT order_no, card_hours,
           CAST(DATE_TRUNC('MONTH', CAST(period_start AT TIME ZONE 'Asia/Shanghai' AS TIMESTAMP)) AS DATE) AS m
    FROM usage_record) r
GROUP BY order_no, m;
-- H2 has no ON CONFLICT DO NOTHING outside its PostgreSQL mode: pushes of usage take this row's lock
-- until they commit, so two with overlapping record ids never race (the embedded H2 is one instance)
INSERT INTO job_lock (name) VALUES ('usage-ingest');
