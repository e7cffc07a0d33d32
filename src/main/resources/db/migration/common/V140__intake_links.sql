-- Emailed intake links: each opens one patient's intake questionnaire without a portal login, until it expires.
-- Only the SHA-256 of the token is stored, so a copy of the database cannot be turned into working links.
CREATE TABLE intake_links (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    patient_id  UUID         NOT NULL REFERENCES patients (id),
    issued_for  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX intake_links_patient_idx ON intake_links (patient_id);
