-- Issue 12: a change no longer locks the feed's one counter row until it commits. Its events are
-- written here in its transaction (no lock, no number); a sequencer moves the committed ones into
-- change_event, numbering them in one place in the order it sees them committed (readers of the feed
-- sequence what is pending first, so they see every committed event, numbered without gaps).
CREATE TABLE change_pending (
    id                    CHAR(36)      NOT NULL PRIMARY KEY,
    pending_order         BIGINT        NOT NULL,
    at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    application_id        CHAR(36)      NOT NULL,
    applicant_uscc        VARCHAR(18)   NOT NULL,
    type                  VARCHAR(40)   NOT NULL,
    from_stage            VARCHAR(40),
    to_stage              VARCHAR(40),
    monitoring_request_id CHAR(36)
);
CREATE INDEX change_pending_order_ix ON change_pending (pending_order, id);
