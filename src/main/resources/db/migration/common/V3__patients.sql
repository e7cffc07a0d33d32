CREATE SEQUENCE patient_mrn_seq START WITH 100001;

CREATE TABLE patients (
    id                 UUID         NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    mrn                VARCHAR(16)  NOT NULL,
    given_name         VARCHAR(80)  NOT NULL,
    family_name        VARCHAR(80)  NOT NULL,
    preferred_name     VARCHAR(80),
    date_of_birth      DATE         NOT NULL,
    sex                VARCHAR(16)  NOT NULL,
    phone              VARCHAR(32),
    phone_digits       VARCHAR(16),
    email              VARCHAR(254),
    address_line       VARCHAR(200),
    city               VARCHAR(80),
    region             VARCHAR(80),
    postal_code        VARCHAR(16),
    preferred_language VARCHAR(40)  NOT NULL,
    weight_kg          NUMERIC(5, 1),
    weight_measured_on DATE,
    name_key           VARCHAR(200) NOT NULL,
    registered_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT patients_mrn_uq UNIQUE (mrn)
);
CREATE INDEX patients_dob_idx ON patients (date_of_birth);
CREATE INDEX patients_phone_idx ON patients (phone_digits);
CREATE INDEX patients_name_key_idx ON patients (name_key, date_of_birth);

-- Name tokens (variant = false) and their one-letter deletions (variant = true): prefix search on
-- tokens, and typo-tolerant matching by shared deletion keys, on any SQL database.
CREATE TABLE patient_search_terms (
    patient_id  UUID        NOT NULL,
    term        VARCHAR(80) NOT NULL,
    variant     BOOLEAN     NOT NULL
);
CREATE INDEX patient_search_terms_term_idx ON patient_search_terms (term, variant);
CREATE INDEX patient_search_terms_patient_idx ON patient_search_terms (patient_id);

CREATE TABLE allergies (
    id              UUID         NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    patient_id      UUID         NOT NULL REFERENCES patients (id),
    substance       VARCHAR(120) NOT NULL,
    allergy_class   VARCHAR(16)  NOT NULL,
    reaction_type   VARCHAR(24)  NOT NULL,
    severity        VARCHAR(16)  NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    void_at         TIMESTAMP(6) WITH TIME ZONE,
    void_by         VARCHAR(64),
    void_reason     VARCHAR(300)
);
CREATE INDEX allergies_patient_idx ON allergies (patient_id);

CREATE TABLE medications (
    id              UUID         NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    patient_id      UUID         NOT NULL REFERENCES patients (id),
    name            VARCHAR(120) NOT NULL,
    drug_class      VARCHAR(24)  NOT NULL,
    dose            VARCHAR(120),
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    void_at         TIMESTAMP(6) WITH TIME ZONE,
    void_by         VARCHAR(64),
    void_reason     VARCHAR(300)
);
CREATE INDEX medications_patient_idx ON medications (patient_id);

CREATE TABLE conditions (
    id              UUID         NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    patient_id      UUID         NOT NULL REFERENCES patients (id),
    kind            VARCHAR(32)  NOT NULL,
    note            VARCHAR(300),
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    void_at         TIMESTAMP(6) WITH TIME ZONE,
    void_by         VARCHAR(64),
    void_reason     VARCHAR(300)
);
CREATE INDEX conditions_patient_idx ON conditions (patient_id);
