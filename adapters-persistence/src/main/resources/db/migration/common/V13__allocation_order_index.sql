-- Issue 12: the allocation simulation reads a batch's applications awaiting allocation in the order
-- of complete submission, in keyset chunks; without this index every chunk sorted the whole batch.
CREATE INDEX application_batch_stage_completed_ix ON application (batch_code, stage, completed_at, id);
