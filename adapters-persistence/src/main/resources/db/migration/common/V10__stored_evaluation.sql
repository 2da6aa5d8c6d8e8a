-- Issue 12: an application's evaluation (the explained calculation, eligibility, the flags its facts
-- raise) is stored as data of the application, not recomputed on every read. NULL: dropped, because
-- one of its facts changed; the next read or the background refresh computes it again.
-- eval_gen counts the writes and drops: a reader stores what it computed only if no change dropped
-- it since the reader read its facts.
ALTER TABLE application ADD COLUMN evaluation VARCHAR(1000000);
ALTER TABLE application ADD COLUMN eval_gen BIGINT DEFAULT 0 NOT NULL;
-- a provider's change drops the evaluations of applications claiming its leases: found by index
CREATE INDEX lease_provider_ix ON lease (provider_uscc);
