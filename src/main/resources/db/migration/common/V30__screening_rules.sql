-- Screening rules are data with a version: every change makes a new version (a full copy of the rules),
-- recording who changed which rule, when and why. Version 1 is seeded from the clinical reference, section 1.
CREATE TABLE screening_rule_sets (
    version       INTEGER      NOT NULL PRIMARY KEY,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    changed_rule  VARCHAR(40),
    reason        VARCHAR(500) NOT NULL
);

CREATE TABLE screening_rules (
    rule_set_version INTEGER       NOT NULL REFERENCES screening_rule_sets (version),
    rule_id          VARCHAR(40)   NOT NULL,
    position         INTEGER       NOT NULL,
    severity         VARCHAR(16)   NOT NULL,
    threshold        INTEGER,
    explanation      VARCHAR(1000) NOT NULL,
    source           VARCHAR(1000) NOT NULL,
    PRIMARY KEY (rule_set_version, rule_id)
);

INSERT INTO screening_rule_sets (version, created_at, created_by, changed_rule, reason)
VALUES (1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system', NULL,
        'Seeded from the clinical reference, section 1 (indications, contraindications, screening questions)');

INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, explanation, source) VALUES
(1, 'ALLERGY_AGENT_CLASS', 1, 'HARD_STOP', NULL,
 'An allergy to the class of the planned local anaesthetic (amide: lidocaine, bupivacaine; ester: procaine). Allergy to one class does not cross to the other, so the other class may be an option.',
 'Reference 1.2 and 2.4: fpnotebook; ACEP MAP tool; AHS 2014; openFDA lidocaine and bupivacaine labels (amide-type hypersensitivity); dentalcare.com CE ce646'),
(1, 'ALLERGY_PARABEN', 2, 'HARD_STOP', NULL,
 'A paraben allergy when the planned product is a multi-dose vial, which may contain methylparaben (related to PABA). Preservative-free single-dose product avoids it.',
 'Reference 2.4: Medscape answers 1844551'),
(1, 'ALLERGY_SULFITE', 3, 'HARD_STOP', NULL,
 'A sulfite allergy when the planned product contains epinephrine, which comes with metabisulfite.',
 'Reference 2.4: dentalcare.com CE ce449/ce646'),
(1, 'BLOOD_THINNER', 4, 'WARNING', NULL,
 'An anticoagulant or antiplatelet (including aspirin in the last 3 days) raises the risk of bleeding and haematoma at the needle site.',
 'Reference 1.2 and 1.3: fpnotebook (contraindication, aspirin in last 3 days); Procedures Consult (relative); AHS 2014 (precaution)'),
(1, 'BLEEDING_DISORDER', 5, 'WARNING', NULL,
 'A bleeding disorder or coagulopathy. Sources differ: a contraindication (fpnotebook; severe coagulopathy, ACEP) or a relative one (Procedures Consult, AAFP 2014).',
 'Reference 1.2: fpnotebook; Procedures Consult; ACEP MAP tool; AAFP 2014'),
(1, 'INFECTION', 6, 'HARD_STOP', NULL,
 'An infection or skin problem at the injection site, or a systemic infection or fever: do not inject.',
 'Reference 1.2 and 1.3: fpnotebook (local or systemic infection); Procedures Consult; ACEP (overlying cellulitis)'),
(1, 'PREGNANCY', 7, 'WARNING', NULL,
 'Pregnancy is a precaution for trigger point injection.',
 'Reference 1.2: AHS 2014 (Robbins et al.); Clinicalgate ch. 63'),
(1, 'STEROID_IN_PREGNANCY', 8, 'HARD_STOP', NULL,
 'A steroid added during pregnancy. Pregnancy is a precaution and steroids add no clear benefit for trigger points; no source read supports the combination, so the default is conservative.',
 'Reference 1.2 (AHS 2014, pregnancy precaution) and 2.5 (fpnotebook; Clinicalgate ch. 63: steroid not typically recommended)'),
(1, 'DIABETES_WITH_STEROID', 9, 'WARNING', NULL,
 'Diabetes when a steroid is planned: the steroid can raise blood glucose for some days.',
 'Reference 1.2: fpnotebook; Tetbury Hospital leaflet'),
(1, 'NEEDLE_FEAR_OR_FAINTING', 10, 'WARNING', NULL,
 'Fear of needles or fainting with injections (vasovagal syncope): inject lying down, or reconsider.',
 'Reference 1.2 and 1.3: ACEP MAP tool (contraindication); Procedures Consult (relative)'),
(1, 'PRIOR_TPI_PROBLEM', 11, 'WARNING', NULL,
 'A previous adverse experience with trigger point injection.',
 'Reference 1.2 and 1.3: ACEP MAP tool'),
(1, 'SITE_NEAR_THORAX', 12, 'WARNING', NULL,
 'A planned site over the thorax or near the lung (neck, upper back, chest wall): risk of pneumothorax. Use a shallow angle and stay in the muscle.',
 'Reference 1.2 and 7.5: fpnotebook; ACEP; Procedures Consult; EM:RAP (shallow 30 degree angle)'),
(1, 'WEIGHT_CURRENT', 13, 'WARNING', 90,
 'The weight in kilograms is needed for the mg/kg dose check: it must be recorded and measured within the threshold (days).',
 'Reference 1.3 item 10 and 2.3: openFDA Xylocaine MPF label (4.5 mg/kg)'),
(1, 'CONSERVATIVE_CARE', 14, 'INFORMATION', 6,
 'Payers expect at least the threshold (weeks) of failed conservative therapy (physical therapy, stretching, massage, medication) before trigger point injections.',
 'Reference 1.1: BCBS policy 604 / BCBSA 2.01.103; Triple-S medical policy');
