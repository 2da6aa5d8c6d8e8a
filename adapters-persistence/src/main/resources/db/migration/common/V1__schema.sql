-- The schema of the compute-voucher system of record. Portable SQL for PostgreSQL and H2.
-- Constraints back the rules: unique payment per lease, unique invoice per lease, unique usage
-- record id, one open application per applicant and batch (open_key), non-negative amounts,
-- foreign keys. Instants are TIMESTAMP WITH TIME ZONE; money is NUMERIC(14,2).

CREATE TABLE town (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(50)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT town_kind_ck CHECK (kind IN ('SUBDISTRICT', 'TOWN', 'PARK'))
);

CREATE TABLE batch (
    code                    VARCHAR(32)   NOT NULL PRIMARY KEY,
    title                   VARCHAR(100)  NOT NULL,
    funding_year            INTEGER       NOT NULL,
    window_start            DATE          NOT NULL,
    window_end              DATE          NOT NULL,
    ratio                   NUMERIC(5,4)  NOT NULL,
    annual_cap              NUMERIC(14,2) NOT NULL,
    minimum_payment         NUMERIC(14,2) NOT NULL,
    budget                  NUMERIC(14,2) NOT NULL,
    submission_deadline     TIMESTAMP WITH TIME ZONE NOT NULL,
    notice_period_days      INTEGER       NOT NULL,
    resubmit_days           INTEGER       NOT NULL,
    allocation_mode         VARCHAR(16),
    allocation_committed_at TIMESTAMP WITH TIME ZONE,
    allocation_committed_by VARCHAR(100),
    allocation_ratio        NUMERIC(5,4),
    allocation_cap          NUMERIC(14,2),
    allocation_total        NUMERIC(14,2),
    version                 BIGINT        NOT NULL,
    CONSTRAINT batch_window_ck CHECK (window_end >= window_start),
    CONSTRAINT batch_ratio_ck CHECK (ratio >= 0 AND ratio <= 0.5),
    CONSTRAINT batch_cap_ck CHECK (annual_cap >= 0 AND annual_cap <= 1000000.00),
    CONSTRAINT batch_amounts_ck CHECK (minimum_payment >= 0 AND budget >= 0),
    CONSTRAINT batch_allocation_ck CHECK (allocation_total IS NULL OR allocation_total >= 0)
);

CREATE TABLE applicant (
    uscc                      VARCHAR(18)  NOT NULL PRIMARY KEY,
    name                      VARCHAR(200) NOT NULL,
    category                  VARCHAR(32)  NOT NULL,
    town                      VARCHAR(32)  NOT NULL,
    registration_type         VARCHAR(100),
    address                   VARCHAR(300),
    legal_person              BOOLEAN      NOT NULL,
    legal_rep_name            VARCHAR(50)  NOT NULL,
    legal_rep_id_number       VARCHAR(18)  NOT NULL,
    legal_rep_mobile          VARCHAR(11)  NOT NULL,
    legal_rep_email           VARCHAR(254),
    contact_name              VARCHAR(50)  NOT NULL,
    contact_mobile            VARCHAR(11)  NOT NULL,
    contact_email             VARCHAR(254),
    bank_account_name         VARCHAR(200) NOT NULL,
    bank_name                 VARCHAR(200) NOT NULL,
    bank_account_number       VARCHAR(30)  NOT NULL,
    declares_no_related_party BOOLEAN      NOT NULL,
    credit_checked_on         DATE,
    credit_listed_on          VARCHAR(200),
    version                   BIGINT       NOT NULL,
    CONSTRAINT applicant_category_ck CHECK (category IN ('MANUFACTURING', 'SOFTWARE_IT', 'UNIVERSITY_OR_INSTITUTE'))
);

CREATE TABLE applicant_related_party (
    applicant_uscc VARCHAR(18) NOT NULL REFERENCES applicant (uscc) ON DELETE CASCADE,
    related_uscc   VARCHAR(18) NOT NULL,
    PRIMARY KEY (applicant_uscc, related_uscc)
);

CREATE TABLE applicant_disqualification (
    applicant_uscc VARCHAR(18)   NOT NULL REFERENCES applicant (uscc) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    since          TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    imposed_by     VARCHAR(100),
    lifted_at      TIMESTAMP WITH TIME ZONE,
    lift_reason    VARCHAR(1000),
    lifted_by      VARCHAR(100),
    PRIMARY KEY (applicant_uscc, position)
);

CREATE TABLE lease (
    order_no                VARCHAR(64)   NOT NULL PRIMARY KEY,
    applicant_uscc          VARCHAR(18)   NOT NULL,
    contract_no             VARCHAR(64)   NOT NULL,
    product_name            VARCHAR(200)  NOT NULL,
    product_type            VARCHAR(16)   NOT NULL,
    resource_type           VARCHAR(100),
    billing_mode            VARCHAR(16)   NOT NULL,
    quantity                INTEGER       NOT NULL,
    start_date              DATE          NOT NULL,
    end_date                DATE          NOT NULL,
    contract_amount         NUMERIC(14,2) NOT NULL,
    local_compute           BOOLEAN       NOT NULL,
    provider_name           VARCHAR(200)  NOT NULL,
    provider_uscc           VARCHAR(18)   NOT NULL,
    provider_bank_name      VARCHAR(200),
    provider_account_number VARCHAR(30)   NOT NULL,
    platform_sealed         BOOLEAN       NOT NULL,
    other_fiscal_funding    BOOLEAN       NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT lease_quantity_ck CHECK (quantity >= 1),
    CONSTRAINT lease_amount_ck CHECK (contract_amount >= 0),
    CONSTRAINT lease_dates_ck CHECK (end_date >= start_date)
);
CREATE INDEX lease_applicant_ix ON lease (applicant_uscc);

CREATE TABLE lease_payment (
    order_no      VARCHAR(64)   NOT NULL REFERENCES lease (order_no) ON DELETE CASCADE,
    payment_ref   VARCHAR(64)   NOT NULL,
    paid_on       DATE          NOT NULL,
    amount        NUMERIC(14,2) NOT NULL,
    method        VARCHAR(16)   NOT NULL,
    payer_account VARCHAR(30),
    payee_account VARCHAR(30)   NOT NULL,
    CONSTRAINT lease_payment_uk UNIQUE (order_no, payment_ref),
    CONSTRAINT lease_payment_amount_ck CHECK (amount > 0)
);

CREATE TABLE lease_invoice (
    order_no       VARCHAR(64)   NOT NULL REFERENCES lease (order_no) ON DELETE CASCADE,
    invoice_key    VARCHAR(40)   NOT NULL,
    invoice_code   VARCHAR(12),
    invoice_number VARCHAR(20)   NOT NULL,
    issued_on      DATE          NOT NULL,
    amount         NUMERIC(14,2) NOT NULL,
    copy_kind      VARCHAR(16)   NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    issuer_uscc    VARCHAR(18),
    CONSTRAINT lease_invoice_uk UNIQUE (order_no, invoice_key),
    CONSTRAINT lease_invoice_sign_ck CHECK ((kind = 'NORMAL' AND amount > 0) OR (kind = 'RED_LETTER' AND amount < 0))
);
CREATE INDEX lease_invoice_key_ix ON lease_invoice (invoice_key);

CREATE TABLE usage_record (
    record_id    VARCHAR(64)   NOT NULL PRIMARY KEY,
    order_no     VARCHAR(64)   NOT NULL REFERENCES lease (order_no),
    period_start TIMESTAMP WITH TIME ZONE NOT NULL,
    period_end   TIMESTAMP WITH TIME ZONE NOT NULL,
    card_hours   NUMERIC(12,3) NOT NULL,
    utilisation  NUMERIC(5,2),
    CONSTRAINT usage_period_ck CHECK (period_end > period_start),
    CONSTRAINT usage_hours_ck CHECK (card_hours >= 0),
    CONSTRAINT usage_utilisation_ck CHECK (utilisation IS NULL OR (utilisation >= 0 AND utilisation <= 100))
);
CREATE INDEX usage_record_lease_ix ON usage_record (order_no, period_start);

CREATE TABLE application (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    batch_code             VARCHAR(32)   NOT NULL REFERENCES batch (code),
    applicant_uscc         VARCHAR(18)   NOT NULL REFERENCES applicant (uscc),
    town                   VARCHAR(32)   NOT NULL,
    category               VARCHAR(32)   NOT NULL,
    project_name           VARCHAR(200)  NOT NULL,
    purposes               VARCHAR(200)  NOT NULL,
    purpose_other          VARCHAR(200),
    domains                VARCHAR(500)  NOT NULL,
    domain_other           VARCHAR(200),
    outcome_model          VARCHAR(500),
    outcome_major_project  VARCHAR(500),
    outcome_other          VARCHAR(2000),
    declares_pledge        BOOLEAN       NOT NULL,
    declares_no_related    BOOLEAN       NOT NULL,
    declares_no_fiscal     BOOLEAN       NOT NULL,
    stage                  VARCHAR(32)   NOT NULL,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at           TIMESTAMP WITH TIME ZONE,
    completed_at           TIMESTAMP WITH TIME ZONE,
    returned_at            TIMESTAMP WITH TIME ZONE,
    return_deadline        TIMESTAMP WITH TIME ZONE,
    return_items           VARCHAR(300),
    verified_amount        NUMERIC(14,2),
    legal_rep_confirmation VARCHAR(32),
    originals_checked      BOOLEAN       NOT NULL,
    paper_dossier_received BOOLEAN       NOT NULL,
    allocated_amount       NUMERIC(14,2),
    notice_ends_at         TIMESTAMP WITH TIME ZONE,
    approved_on            DATE,
    approval_document_no   VARCHAR(100),
    bank_reference         VARCHAR(100),
    paid_on                DATE,
    flags                  VARCHAR(200),
    applicant_name         VARCHAR(200)  NOT NULL,
    eligible_expense       NUMERIC(14,2) NOT NULL,
    subsidy                NUMERIC(14,2) NOT NULL,
    -- applicant|batch while the application is open, NULL once ended: one open per applicant and batch (R-FLOW-8)
    open_key               VARCHAR(60),
    CONSTRAINT application_open_uk UNIQUE (open_key),
    CONSTRAINT application_amounts_ck CHECK (
        (verified_amount IS NULL OR verified_amount >= 0) AND (allocated_amount IS NULL OR allocated_amount >= 0)
        AND eligible_expense >= 0 AND subsidy >= 0)
);
CREATE INDEX application_batch_created_ix ON application (batch_code, created_at, id);
CREATE INDEX application_batch_updated_ix ON application (batch_code, updated_at, id);
CREATE INDEX application_batch_subsidy_ix ON application (batch_code, subsidy, id);
CREATE INDEX application_batch_name_ix ON application (batch_code, applicant_name, id);
CREATE INDEX application_batch_stage_ix ON application (batch_code, stage, created_at, id);
CREATE INDEX application_town_ix ON application (town, batch_code, created_at, id);
CREATE INDEX application_created_ix ON application (created_at, id);
CREATE INDEX application_applicant_ix ON application (applicant_uscc, batch_code);
CREATE INDEX application_return_deadline_ix ON application (stage, return_deadline);
CREATE INDEX application_notice_ends_ix ON application (stage, notice_ends_at);

CREATE TABLE application_lease (
    application_id VARCHAR(36) NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    order_no       VARCHAR(64) NOT NULL,
    PRIMARY KEY (application_id, position)
);
CREATE INDEX application_lease_order_ix ON application_lease (order_no);

CREATE TABLE application_material (
    application_id VARCHAR(36)  NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    material_type  VARCHAR(32)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, material_type),
    CONSTRAINT application_material_size_ck CHECK (size_bytes > 0 AND size_bytes <= 20971520)
);
CREATE INDEX application_material_sha_ix ON application_material (sha256);

-- The review history: append-only, hash-chained per application (R-FLOW-2).
CREATE TABLE review_record (
    application_id VARCHAR(36)   NOT NULL REFERENCES application (id),
    seq            INTEGER       NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    from_stage     VARCHAR(32),
    to_stage       VARCHAR(32)   NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    actor_name     VARCHAR(100)  NOT NULL,
    role           VARCHAR(32)   NOT NULL,
    town           VARCHAR(32),
    reason         VARCHAR(2000),
    return_items   VARCHAR(300),
    note           VARCHAR(1000),
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    PRIMARY KEY (application_id, seq)
);

CREATE TABLE subsidised_payment (
    order_no       VARCHAR(64) NOT NULL,
    payment_ref    VARCHAR(64) NOT NULL,
    application_id VARCHAR(36) NOT NULL REFERENCES application (id),
    batch_code     VARCHAR(32) NOT NULL REFERENCES batch (code),
    -- a payment is subsidised in at most one batch, ever (R-BATCH-3)
    PRIMARY KEY (order_no, payment_ref)
);

-- Gap-free counters for the change feed and the audit chain, locked row by row.
CREATE TABLE counter (
    name      VARCHAR(32) NOT NULL PRIMARY KEY,
    counter_value BIGINT    NOT NULL,
    last_hash CHAR(64)
);
INSERT INTO counter (name, counter_value, last_hash) VALUES ('change_event', 0, NULL);
INSERT INTO counter (name, counter_value, last_hash) VALUES ('audit', 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE change_event (
    seq            BIGINT      NOT NULL PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    application_id VARCHAR(36) NOT NULL,
    applicant_uscc VARCHAR(18) NOT NULL,
    type           VARCHAR(32) NOT NULL,
    from_stage     VARCHAR(32),
    to_stage       VARCHAR(32) NOT NULL
);

CREATE TABLE audit_log (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    role          VARCHAR(32),
    town          VARCHAR(32),
    action        VARCHAR(64)   NOT NULL,
    target        VARCHAR(200),
    result        VARCHAR(16)   NOT NULL,
    detail        VARCHAR(2000),
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL
);
CREATE INDEX audit_log_actor_ix ON audit_log (actor, seq);
CREATE INDEX audit_log_action_ix ON audit_log (action, seq);
CREATE INDEX audit_log_target_ix ON audit_log (target, seq);

CREATE TABLE objection (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    batch_code     VARCHAR(32)   NOT NULL REFERENCES batch (code),
    application_id VARCHAR(36)   NOT NULL REFERENCES application (id),
    text           VARCHAR(5000) NOT NULL,
    contact        VARCHAR(200),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX objection_application_ix ON objection (application_id);

CREATE TABLE job_lock (
    name VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO job_lock (name) VALUES ('expire-returned-applications');
INSERT INTO job_lock (name) VALUES ('end-notice-periods');
