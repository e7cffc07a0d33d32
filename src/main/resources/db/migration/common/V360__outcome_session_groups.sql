-- /outcomes's breakdowns by muscle and by region, as a read model: one row per session and muscle treated (both
-- sides in one row) and one per session and region, each carrying the session's facts the filter needs and its
-- results. Both breakdowns become single-table GROUP BYs (no removal of sides treated twice, no join to the
-- sessions). Written with the session (listener and loader), its results copied whenever they are recomputed,
-- and rebuilt from outcome_sessions and outcome_session_sites by OutcomeLoader.recomputeAll().
CREATE TABLE outcome_session_groups (
    session_id     UUID        NOT NULL REFERENCES outcome_sessions (session_id),
    dimension      VARCHAR(8)  NOT NULL,
    group_code     VARCHAR(40) NOT NULL,
    patient_id     UUID        NOT NULL,
    clinician_id   UUID        NOT NULL,
    location_id    UUID,
    performed_on   DATE        NOT NULL,
    injectate      BOOLEAN     NOT NULL,
    steroid        BOOLEAN     NOT NULL,
    session_number SMALLINT,
    responder      BOOLEAN,
    substantial    BOOLEAN,
    CONSTRAINT outcome_session_groups_pk PRIMARY KEY (session_id, dimension, group_code),
    CONSTRAINT outcome_session_groups_dimension_ck CHECK (dimension IN ('MUSCLE', 'REGION'))
);

INSERT INTO outcome_session_groups (session_id, dimension, group_code, patient_id, clinician_id, location_id,
                                    performed_on, injectate, steroid, session_number, responder, substantial)
SELECT s.session_id, 'MUSCLE', t.muscle, s.patient_id, s.clinician_id, s.location_id, s.performed_on, s.injectate,
       s.steroid, s.session_number, s.responder, s.substantial
FROM outcome_sessions s JOIN (SELECT DISTINCT session_id, muscle FROM outcome_session_sites) t
     ON t.session_id = s.session_id;

INSERT INTO outcome_session_groups (session_id, dimension, group_code, patient_id, clinician_id, location_id,
                                    performed_on, injectate, steroid, session_number, responder, substantial)
SELECT s.session_id, 'REGION', t.region, s.patient_id, s.clinician_id, s.location_id, s.performed_on, s.injectate,
       s.steroid, s.session_number, s.responder, s.substantial
FROM outcome_sessions s JOIN (SELECT DISTINCT session_id, region FROM outcome_session_sites) t
     ON t.session_id = s.session_id;
