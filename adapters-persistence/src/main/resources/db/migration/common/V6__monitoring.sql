-- Post-award monitoring (R-POST-1, issue 10): questionnaires the city bureau issues to the applicants
-- funded in a batch, one request per applicant, with the portal's answers. A request's status (open,
-- answered, overdue) is never stored: it is computed from answered_at and due_on at read time.

-- One issue of a questionnaire: its title, due day and questions
CREATE TABLE monitoring_round (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    batch_code  VARCHAR(32)  NOT NULL REFERENCES batch (code),
    title       VARCHAR(200) NOT NULL,
    due_on      DATE         NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by   VARCHAR(100) NOT NULL
);

CREATE TABLE monitoring_question (
    round_id     VARCHAR(36)  NOT NULL REFERENCES monitoring_round (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    question_key VARCHAR(40)  NOT NULL,
    text         VARCHAR(500) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT monitoring_question_key_uq UNIQUE (round_id, question_key),
    CONSTRAINT monitoring_question_kind_ck CHECK (kind IN ('TEXT', 'NUMBER', 'MONEY', 'DATE')),
    CONSTRAINT monitoring_question_position_ck CHECK (position >= 0 AND position < 50)
);

-- One request per applicant of a round; batch, due day and issue instant are the round's, copied
-- (never changed) so that the lists filter, sort and page on one table through its indexes.
CREATE TABLE monitoring_request (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    round_id        VARCHAR(36)  NOT NULL REFERENCES monitoring_round (id),
    batch_code      VARCHAR(32)  NOT NULL REFERENCES batch (code),
    application_id  VARCHAR(36)  NOT NULL REFERENCES application (id),
    applicant_uscc  VARCHAR(18)  NOT NULL REFERENCES applicant (uscc),
    applicant_name  VARCHAR(200) NOT NULL,
    town_code       VARCHAR(32)  NOT NULL,
    due_on          DATE         NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    late            BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT monitoring_request_one_per_round_uq UNIQUE (round_id, applicant_uscc),
    CONSTRAINT monitoring_request_late_ck CHECK (late = FALSE OR answered_at IS NOT NULL)
);
-- keyset pages in order of issue: the whole programme, a batch, a town, an applicant
CREATE INDEX monitoring_request_issued_ix ON monitoring_request (issued_at, id);
CREATE INDEX monitoring_request_batch_ix ON monitoring_request (batch_code, issued_at, id);
CREATE INDEX monitoring_request_town_ix ON monitoring_request (town_code, issued_at, id);
CREATE INDEX monitoring_request_applicant_ix ON monitoring_request (applicant_uscc, issued_at, id);
-- the overdue flag of an applicant, and the overdue counts: unanswered requests by due day
CREATE INDEX monitoring_request_open_ix ON monitoring_request (applicant_uscc, answered_at, due_on);
CREATE INDEX monitoring_request_overdue_ix ON monitoring_request (answered_at, due_on, town_code);
CREATE INDEX monitoring_request_round_ix ON monitoring_request (round_id);

-- The answer of a request: one value per question, canonical text of its kind
CREATE TABLE monitoring_answer (
    request_id   VARCHAR(36)   NOT NULL REFERENCES monitoring_request (id) ON DELETE CASCADE,
    question_key VARCHAR(40)   NOT NULL,
    answer_value VARCHAR(5000) NOT NULL,
    PRIMARY KEY (request_id, question_key)
);

-- The change feed carries the monitoring events too: their request, and its status as from/to
ALTER TABLE change_event ADD COLUMN monitoring_request_id VARCHAR(36);
