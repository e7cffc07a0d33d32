-- One intake questionnaire per patient, saved section by section (a section never saved has NULL answers).
-- Each section records who saved it last and whether the patient did (patient-reported).
CREATE TABLE intakes (
    id                        UUID         NOT NULL PRIMARY KEY,
    version                   BIGINT       NOT NULL,
    patient_id                UUID         NOT NULL REFERENCES patients (id),
    reason_for_visit          VARCHAR(500),
    pain_location             VARCHAR(200),
    pain_started_on           DATE,
    baseline_pain             INTEGER,
    function_interference     INTEGER,
    visit_saved_at            TIMESTAMP(6) WITH TIME ZONE,
    visit_saved_by            VARCHAR(64),
    visit_patient_reported    BOOLEAN,
    care_physical_therapy     BOOLEAN,
    care_massage              BOOLEAN,
    care_stretching           BOOLEAN,
    care_medication           BOOLEAN,
    care_weeks                INTEGER,
    prior_tpi                 BOOLEAN,
    prior_tpi_on              DATE,
    prior_relief_percent      INTEGER,
    prior_problem             BOOLEAN,
    care_saved_at             TIMESTAMP(6) WITH TIME ZONE,
    care_saved_by             VARCHAR(64),
    care_patient_reported     BOOLEAN,
    no_allergies              BOOLEAN,
    blood_thinners            BOOLEAN,
    other_medications         VARCHAR(500),
    steroid_use               BOOLEAN,
    recent_infection          BOOLEAN,
    bleeding_problems         BOOLEAN,
    numbing_problems          BOOLEAN,
    diabetes                  BOOLEAN,
    pregnant                  BOOLEAN,
    heart_or_liver            BOOLEAN,
    needle_fear               BOOLEAN,
    driver_home               BOOLEAN,
    weight_kg                 NUMERIC(5, 1),
    weight_measured_on        DATE,
    safety_saved_at           TIMESTAMP(6) WITH TIME ZONE,
    safety_saved_by           VARCHAR(64),
    safety_patient_reported   BOOLEAN,
    CONSTRAINT intakes_patient_uq UNIQUE (patient_id)
);

-- Answers that would change the medical record, waiting for staff to accept them one by one.
CREATE TABLE intake_proposals (
    intake_id        UUID         NOT NULL REFERENCES intakes (id),
    proposal_id      UUID         NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    label            VARCHAR(120),
    allergy_class    VARCHAR(16),
    drug_class       VARCHAR(24),
    condition_kind   VARCHAR(32),
    weight_kg        NUMERIC(5, 1),
    weight_measured_on DATE,
    patient_reported BOOLEAN      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX intake_proposals_intake_idx ON intake_proposals (intake_id);

-- A clinician's review of a screening: the rule-set version it used, the plan, the decision, a fingerprint of
-- the rule-relevant facts (the review lapses when they change) and a reason for every warning accepted.
CREATE TABLE screening_reviews (
    id                UUID          NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    patient_id        UUID          NOT NULL REFERENCES patients (id),
    rule_set_version  INTEGER       NOT NULL REFERENCES screening_rule_sets (version),
    plan              VARCHAR(400)  NOT NULL,
    decision          VARCHAR(32)   NOT NULL,
    note              VARCHAR(500),
    facts_fingerprint VARCHAR(64)   NOT NULL,
    results           VARCHAR(2000) NOT NULL,
    reviewed_by       VARCHAR(64)   NOT NULL,
    reviewed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    valid_until       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX screening_reviews_patient_idx ON screening_reviews (patient_id, reviewed_at);

CREATE TABLE screening_acknowledgements (
    review_id  UUID         NOT NULL REFERENCES screening_reviews (id),
    rule_id    VARCHAR(40)  NOT NULL,
    reason     VARCHAR(500) NOT NULL
);
CREATE INDEX screening_acknowledgements_review_idx ON screening_acknowledgements (review_id);
