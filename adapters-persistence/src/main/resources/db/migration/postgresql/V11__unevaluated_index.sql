-- The background refresh finds the applications whose evaluation a change dropped without a scan.
CREATE INDEX application_unevaluated_ix ON application (id) WHERE evaluation IS NULL AND eval_gen > 0;
