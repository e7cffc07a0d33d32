-- Injection and dry-needling sessions (procedures module): a draft the clinician saves as they type, signed once,
-- then locked; corrections are addenda. Site codes are atlas body-site codes (UPPER_TRAPEZIUS_L), agent codes are
-- formulary codes; the application checks both before it writes. Clinical records are never deleted.

CREATE TABLE injection_sessions (
    id                   UUID          NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    patient_id           UUID          NOT NULL REFERENCES patients (id),
    clinician_id         UUID          NOT NULL,
    clinician_name       VARCHAR(200)  NOT NULL,
    appointment_id       UUID,
    location_id          UUID,
    performed_on         DATE          NOT NULL,
    opened_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    opened_by            VARCHAR(80)   NOT NULL,
    status               VARCHAR(8)    NOT NULL,
    time_out_at          TIMESTAMP(6) WITH TIME ZONE,
    time_out_by          VARCHAR(80),
    pain_before          SMALLINT,
    pain_after           SMALLINT,
    range_of_motion      VARCHAR(500),
    tolerance            VARCHAR(16),
    indication           VARCHAR(1000),
    diagnoses            VARCHAR(400),
    formulary_version    INTEGER,
    weight_kg            NUMERIC(5, 1),
    weight_measured_on   DATE,
    screening_review_id  UUID,
    consent_id           UUID,
    dose_summary         VARCHAR(4000),
    signed_at            TIMESTAMP(6) WITH TIME ZONE,
    signed_by            VARCHAR(80),
    signed_by_name       VARCHAR(200),
    CONSTRAINT injection_sessions_status_ck CHECK (status IN ('DRAFT', 'SIGNED')),
    CONSTRAINT injection_sessions_pain_ck CHECK (pain_before BETWEEN 0 AND 10 AND pain_after BETWEEN 0 AND 10)
);
CREATE INDEX injection_sessions_patient_idx ON injection_sessions (patient_id, performed_on);
CREATE INDEX injection_sessions_appointment_idx ON injection_sessions (appointment_id);

CREATE TABLE injection_session_mixture (
    session_id  UUID          NOT NULL REFERENCES injection_sessions (id),
    position    SMALLINT      NOT NULL,
    agent_code  VARCHAR(40)   NOT NULL,
    volume_ml   NUMERIC(7, 3),
    CONSTRAINT injection_session_mixture_pk PRIMARY KEY (session_id, position),
    CONSTRAINT injection_session_mixture_volume_ck CHECK (volume_ml > 0)
);

CREATE TABLE injection_session_sites (
    session_id        UUID          NOT NULL REFERENCES injection_sessions (id),
    position          SMALLINT      NOT NULL,
    site_code         VARCHAR(60)   NOT NULL,
    technique         VARCHAR(16)   NOT NULL,
    needle_gauge      SMALLINT,
    needle_length_mm  SMALLINT,
    twitch            BOOLEAN       NOT NULL,
    volume_ml         NUMERIC(7, 3),
    CONSTRAINT injection_session_sites_pk PRIMARY KEY (session_id, position),
    CONSTRAINT injection_session_sites_volume_ck CHECK (volume_ml > 0)
);

CREATE TABLE injection_session_complications (
    session_id  UUID          NOT NULL REFERENCES injection_sessions (id),
    position    SMALLINT      NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    action      VARCHAR(500),
    CONSTRAINT injection_session_complications_pk PRIMARY KEY (session_id, position)
);

CREATE TABLE injection_session_addenda (
    session_id   UUID          NOT NULL REFERENCES injection_sessions (id),
    position     SMALLINT      NOT NULL,
    reason       VARCHAR(200)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    author       VARCHAR(80)   NOT NULL,
    author_name  VARCHAR(200)  NOT NULL,
    written_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT injection_session_addenda_pk PRIMARY KEY (session_id, position)
);
