-- A whole programme year (issue 9): the re-check before payment, decided objections, the application
-- a disqualification came from, and the invoices each application counts (R-CALC-3).

-- R-FLOW-10: how old the credit look-up may be on the day of payment
ALTER TABLE batch ADD COLUMN credit_check_max_age_days INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE batch ADD CONSTRAINT batch_credit_age_ck CHECK (credit_check_max_age_days >= 0 AND credit_check_max_age_days <= 366);

-- R-FLOW-6: by which application the fraud was found
ALTER TABLE applicant_disqualification ADD COLUMN application_id VARCHAR(36);

-- R-OBJ-1: an objection is open until it is upheld or dismissed, with a reason
ALTER TABLE objection ADD COLUMN status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE objection ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE objection ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE objection ADD COLUMN decision_reason VARCHAR(2000);
ALTER TABLE objection ADD CONSTRAINT objection_status_ck CHECK (status IN ('OPEN', 'UPHELD', 'DISMISSED'));
ALTER TABLE objection ADD CONSTRAINT objection_decision_ck
    CHECK (status = 'OPEN' OR (decided_at IS NOT NULL AND decision_reason IS NOT NULL));

-- R-ELIG-5: the units a lease's provider declares tied to it
CREATE TABLE lease_provider_related_party (
    order_no     VARCHAR(64) NOT NULL REFERENCES lease (order_no) ON DELETE CASCADE,
    related_uscc VARCHAR(18) NOT NULL,
    PRIMARY KEY (order_no, related_uscc)
);
