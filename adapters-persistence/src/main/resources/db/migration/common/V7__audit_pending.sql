-- Issue 12: an audit write no longer locks the one counter row every transaction shared. An entry is
-- written here in the transaction of what it records (no lock, no number); a sequencer moves the
-- committed ones into audit_log, numbering and hash-chaining them in one place, in the order it sees
-- them committed (readers of the log sequence what is pending first, so they see every entry).
CREATE TABLE audit_pending (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    pending_order BIGINT        NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    role          VARCHAR(32),
    town          VARCHAR(32),
    action        VARCHAR(64)   NOT NULL,
    target        VARCHAR(200),
    result        VARCHAR(16)   NOT NULL,
    detail        VARCHAR(2000)
);
CREATE INDEX audit_pending_order_ix ON audit_pending (pending_order, id);
