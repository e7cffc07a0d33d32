-- Billing: one claim per signed session. The primary key on session_id is what makes coding idempotent: a second
-- delivery of the same InjectionSessionSigned inserts nothing (INSERT ... ON CONFLICT DO NOTHING).
CREATE TABLE billing_claims (
    session_id     UUID         NOT NULL PRIMARY KEY,
    patient_id     UUID         NOT NULL,
    clinician_id   UUID         NOT NULL,
    appointment_id UUID,
    location_id    UUID,
    performed_on   DATE         NOT NULL,
    signed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    coded_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    -- ICD-10-CM codes, primary first, separated by commas (a claim form carries at most twelve)
    diagnoses      VARCHAR(200) NOT NULL,
    reexport       BOOLEAN      NOT NULL DEFAULT FALSE,
    exported_at    TIMESTAMP(6) WITH TIME ZONE,
    exported_by    VARCHAR(64),
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT billing_claims_status CHECK (status IN ('READY', 'REVIEW', 'EXPORTED'))
);
CREATE INDEX billing_claims_by_date ON billing_claims (performed_on, session_id);
CREATE INDEX billing_claims_by_status ON billing_claims (status, performed_on);

-- The lines of a claim: procedures (CPT), drugs given, and the reasons a claim waits for review.
CREATE TABLE billing_claim_lines (
    session_id UUID          NOT NULL REFERENCES billing_claims (session_id),
    kind       VARCHAR(12)   NOT NULL,
    position   INT           NOT NULL,
    code       VARCHAR(40)   NOT NULL,
    detail     VARCHAR(300),
    units      INT,
    volume_ml  DECIMAL(10, 3),
    amount_mg  DECIMAL(12, 3),
    hcpcs      VARCHAR(10),
    PRIMARY KEY (session_id, kind, position),
    CONSTRAINT billing_claim_lines_kind CHECK (kind IN ('PROCEDURE', 'DRUG', 'REVIEW'))
);

-- Every correction a biller makes, with the reason; never changed or deleted.
CREATE TABLE billing_corrections (
    id           UUID          NOT NULL PRIMARY KEY,
    session_id   UUID          NOT NULL REFERENCES billing_claims (session_id),
    corrected_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    corrected_by VARCHAR(64)   NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    before_codes VARCHAR(400)  NOT NULL,
    after_codes  VARCHAR(400)  NOT NULL,
    after_export BOOLEAN       NOT NULL
);
CREATE INDEX billing_corrections_by_session ON billing_corrections (session_id, corrected_at);
