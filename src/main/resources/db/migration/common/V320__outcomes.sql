-- Outcomes: questionnaire responses over time (pain, function, global impression and any instrument a practice
-- defines), the facts of each signed session that analytics need, and the thresholds used to read them.
-- Instruments are data: items, answer options and scoring live in tables, not in code.

CREATE TABLE outcome_thresholds (
    code   VARCHAR(40)   NOT NULL PRIMARY KEY,
    amount NUMERIC(8, 2) NOT NULL,
    unit   VARCHAR(20)   NOT NULL,
    source VARCHAR(600)  NOT NULL,
    note   VARCHAR(400)
);

INSERT INTO outcome_thresholds (code, amount, unit, source, note) VALUES
('RESPONDER_POINTS', 2, 'points',
 'Farrar JT et al. Pain 2001;94:149-58 (about 2 points on the 0-10 scale is clinically important); clinical-reference 7.2',
 'A fall of at least this many points from baseline makes a responder'),
('RESPONDER_PERCENT', 30, 'percent',
 'Farrar JT et al. Pain 2001;94:149-58; IMMPACT, Dworkin RH et al. J Pain 2008;9:105-21 (30 % moderately important); clinical-reference 7.2',
 'A fall of at least this percentage of the baseline makes a responder'),
('SUBSTANTIAL_PERCENT', 50, 'percent',
 'IMMPACT, Dworkin RH et al. J Pain 2008;9:105-21 (50 % substantial); payer repeat-TPI criteria; clinical-reference 7.2',
 'A fall of at least this percentage of the baseline is substantial relief'),
('RELIEF_MARGIN', 1, 'points',
 'IMMPACT, Dworkin RH et al. J Pain 2008;9:105-21 (1 point minimally important on BPI); clinical-reference 7.2. No source gives a TPI-specific margin: the practice should confirm it',
 'Relief after a session ends at the first later score within this many points of the pre-session score'),
('RESPONSE_DAY', 14, 'days',
 'Practice schedule: the aftercare check-in of day 14 (clinical-reference 7.3: sessions 1-2 weeks apart)',
 'The score nearest this day after a session is the response to that session'),
('RESPONSE_WINDOW', 42, 'days',
 'Proposed LCD: at least 6 weeks before repeating a site (clinical-reference 4.3 and 7.3)',
 'Scores later than this after a session are not counted as its response'),
('MIN_GROUP_PATIENTS', 10, 'patients',
 'Practice policy (issue 14): small groups are not shown, so no patient can be singled out and no rate rests on a handful',
 'Groups with fewer patients are not shown on /outcomes'),
('FOLLOW_UP_MONTHS', 6, 'months',
 'Issue 14: monthly follow-up scores up to six months after the last session; clinical-reference 7.3 (relief lasts a few days to a few months)',
 'Monthly follow-up links are sent for this many months after the last session');

CREATE TABLE outcome_instruments (
    code        VARCHAR(40)   NOT NULL PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    loinc       VARCHAR(20),
    scoring     VARCHAR(8)    NOT NULL,
    better      VARCHAR(8)    NOT NULL,
    min_score   NUMERIC(6, 2) NOT NULL,
    max_score   NUMERIC(6, 2) NOT NULL,
    at_baseline BOOLEAN       NOT NULL,
    at_follow_up BOOLEAN      NOT NULL,
    built_in    BOOLEAN       NOT NULL,
    source      VARCHAR(400)  NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT outcome_instruments_scoring_ck CHECK (scoring IN ('SINGLE', 'SUM', 'MEAN')),
    CONSTRAINT outcome_instruments_better_ck CHECK (better IN ('LOWER', 'HIGHER'))
);

CREATE TABLE outcome_instrument_items (
    instrument_code  VARCHAR(40)  NOT NULL REFERENCES outcome_instruments (code),
    item_code        VARCHAR(40)  NOT NULL,
    position         SMALLINT     NOT NULL,
    text             VARCHAR(300) NOT NULL,
    min_value        SMALLINT     NOT NULL,
    max_value        SMALLINT     NOT NULL,
    required         BOOLEAN      NOT NULL,
    named_by_patient BOOLEAN      NOT NULL,
    CONSTRAINT outcome_instrument_items_pk PRIMARY KEY (instrument_code, item_code),
    CONSTRAINT outcome_instrument_items_range_ck CHECK (min_value < max_value)
);

CREATE TABLE outcome_answer_options (
    instrument_code VARCHAR(40)  NOT NULL,
    item_code       VARCHAR(40)  NOT NULL,
    answer          SMALLINT     NOT NULL,
    label           VARCHAR(120) NOT NULL,
    CONSTRAINT outcome_answer_options_pk PRIMARY KEY (instrument_code, item_code, answer),
    CONSTRAINT outcome_answer_options_item_fk FOREIGN KEY (instrument_code, item_code)
        REFERENCES outcome_instrument_items (instrument_code, item_code)
);

INSERT INTO outcome_instruments (code, name, loinc, scoring, better, min_score, max_score, at_baseline, at_follow_up,
                                 built_in, source, created_at) VALUES
('PAIN_NRS', 'Pain intensity (0-10)', '72514-3', 'SINGLE', 'LOWER', 0, 10, TRUE, TRUE, TRUE,
 'LOINC 72514-3 Pain severity 0-10 verbal numeric rating; clinical-reference 5.1 and 7.1', CURRENT_TIMESTAMP),
('PSFS', 'Patient-Specific Functional Scale', NULL, 'MEAN', 'HIGHER', 0, 10, TRUE, TRUE, TRUE,
 'Stratford P et al. Physiother Can 1995;47:258-63: up to three activities the patient names, each rated 0 (unable) to 10 (as before); the score is their mean',
 CURRENT_TIMESTAMP),
('PGIC', 'Patient Global Impression of Change', NULL, 'SINGLE', 'LOWER', 1, 7, FALSE, TRUE, TRUE,
 'Seven-point global impression of change as used by Farrar JT et al. Pain 2001;94:149-58 (1 very much improved to 7 very much worse); clinical-reference 7.1-7.2',
 CURRENT_TIMESTAMP);

INSERT INTO outcome_instrument_items (instrument_code, item_code, position, text, min_value, max_value, required,
                                      named_by_patient) VALUES
('PAIN_NRS', 'PAIN', 1, 'Your pain right now, from 0 (no pain) to 10 (worst pain imaginable)', 0, 10, TRUE, FALSE),
('PSFS', 'ACTIVITY_1', 1, 'An activity that your pain makes hard: how well can you do it today, from 0 (unable) to 10 (as well as before)', 0, 10, TRUE, TRUE),
('PSFS', 'ACTIVITY_2', 2, 'A second activity (optional)', 0, 10, FALSE, TRUE),
('PSFS', 'ACTIVITY_3', 3, 'A third activity (optional)', 0, 10, FALSE, TRUE),
('PGIC', 'CHANGE', 1, 'Since your first treatment, how would you describe the change in your pain condition?', 1, 7, TRUE, FALSE);

INSERT INTO outcome_answer_options (instrument_code, item_code, answer, label) VALUES
('PGIC', 'CHANGE', 1, 'Very much improved'),
('PGIC', 'CHANGE', 2, 'Much improved'),
('PGIC', 'CHANGE', 3, 'Minimally improved'),
('PGIC', 'CHANGE', 4, 'No change'),
('PGIC', 'CHANGE', 5, 'Minimally worse'),
('PGIC', 'CHANGE', 6, 'Much worse'),
('PGIC', 'CHANGE', 7, 'Very much worse');

-- One answered questionnaire. source_key names where it came from (session:<id>:PRE, check-in:<id>,
-- follow-up:<patient>:<session>:<month>, baseline:<patient>): a second delivery or submission of the same one
-- is refused by the unique constraint, so listeners and forms are idempotent.
CREATE TABLE outcome_responses (
    id              UUID          NOT NULL PRIMARY KEY,
    patient_id      UUID          NOT NULL REFERENCES patients (id),
    instrument_code VARCHAR(40)   NOT NULL REFERENCES outcome_instruments (code),
    occasion        VARCHAR(16)   NOT NULL,
    session_id      UUID,
    observed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    observed_on     DATE          NOT NULL,
    score           NUMERIC(6, 2) NOT NULL,
    source_key      VARCHAR(160)  NOT NULL,
    recorded_by     VARCHAR(80)   NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT outcome_responses_source_uq UNIQUE (source_key, instrument_code),
    CONSTRAINT outcome_responses_occasion_ck CHECK (occasion IN ('BASELINE', 'PRE_SESSION', 'POST_SESSION',
                                                                 'CHECK_IN', 'FOLLOW_UP'))
);
CREATE INDEX outcome_responses_patient_idx ON outcome_responses (patient_id, observed_on);

CREATE TABLE outcome_response_items (
    response_id UUID         NOT NULL REFERENCES outcome_responses (id),
    item_code   VARCHAR(40)  NOT NULL,
    answer      SMALLINT     NOT NULL,
    label       VARCHAR(120),
    CONSTRAINT outcome_response_items_pk PRIMARY KEY (response_id, item_code)
);

-- The facts of each signed session that outcomes need (from InjectionSessionSigned), and its results, which are
-- recomputed from the patient's scores whenever they change so that /outcomes aggregates one row per session.
CREATE TABLE outcome_sessions (
    session_id       UUID          NOT NULL PRIMARY KEY,
    patient_id       UUID          NOT NULL REFERENCES patients (id),
    clinician_id     UUID          NOT NULL,
    location_id      UUID,
    performed_on     DATE          NOT NULL,
    signed_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    injectate        BOOLEAN       NOT NULL,
    dry_needling     BOOLEAN       NOT NULL,
    steroid          BOOLEAN       NOT NULL,
    agents           VARCHAR(500)  NOT NULL,
    session_number   SMALLINT,
    baseline         NUMERIC(6, 2),
    response         NUMERIC(6, 2),
    responder        BOOLEAN,
    substantial      BOOLEAN,
    relief_days      INTEGER,
    relief_ended     BOOLEAN
);
CREATE INDEX outcome_sessions_patient_idx ON outcome_sessions (patient_id, performed_on);
CREATE INDEX outcome_sessions_number_idx ON outcome_sessions (session_number, performed_on);

CREATE TABLE outcome_session_sites (
    session_id UUID        NOT NULL REFERENCES outcome_sessions (session_id),
    muscle     VARCHAR(40) NOT NULL,
    side       VARCHAR(5)  NOT NULL,
    region     VARCHAR(40) NOT NULL,
    CONSTRAINT outcome_session_sites_pk PRIMARY KEY (session_id, muscle, side)
);
CREATE INDEX outcome_session_sites_muscle_idx ON outcome_session_sites (muscle, session_id);
CREATE INDEX outcome_session_sites_region_idx ON outcome_session_sites (region, session_id);

-- Monthly follow-up links: only the SHA-256 of the token is stored; due_key makes issuing idempotent.
CREATE TABLE outcome_follow_up_links (
    id          UUID        NOT NULL PRIMARY KEY,
    patient_id  UUID        NOT NULL REFERENCES patients (id),
    due_key     VARCHAR(160) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    due_on      DATE        NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answered_at TIMESTAMP(6) WITH TIME ZONE,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT outcome_follow_up_links_due_uq UNIQUE (due_key),
    CONSTRAINT outcome_follow_up_links_token_uq UNIQUE (token_hash)
);
CREATE INDEX outcome_follow_up_links_patient_idx ON outcome_follow_up_links (patient_id, due_on);
