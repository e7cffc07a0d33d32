-- The formulary is data with a version: every change makes a new version (a full copy of the agents and the
-- dose settings), recording who changed what, when and why. Sessions record the version they used. Version 1 is
-- seeded from the clinical reference, section 2 (concentrations 2.1, maximum doses 2.3, allergy facts 2.4,
-- steroids 2.5). Amounts are exact decimals: mg/mL, mg/kg and mg.
-- substance: the entry of patients/substance-catalog.csv (one substance list for allergy checks and the formulary).
-- screening_agent: the agent a consented plan names (screening.Agent). Screening names product families by their
-- allergy-relevant facts (substance, paraben, sulfite), so every plain strength of lidocaine maps to
-- LIDOCAINE_1_PLAIN and every plain bupivacaine to BUPIVACAINE_025; steroids have none (a plan says whether a
-- steroid is added); the dose check, not the consent, governs the amount.
CREATE TABLE formulary_versions (
    version           INTEGER       NOT NULL PRIMARY KEY,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    changed_agent     VARCHAR(40),
    reason            VARCHAR(500)  NOT NULL,
    warn_share        NUMERIC(5, 4) NOT NULL,
    warn_share_source VARCHAR(1000) NOT NULL,
    CONSTRAINT formulary_versions_warn_share CHECK (warn_share > 0 AND warn_share <= 1)
);

CREATE TABLE formulary_agents (
    formulary_version INTEGER        NOT NULL REFERENCES formulary_versions (version),
    code              VARCHAR(40)    NOT NULL,
    position          INTEGER        NOT NULL,
    name              VARCHAR(100)   NOT NULL,
    mg_per_ml         NUMERIC(12, 4) NOT NULL,
    agent_class       VARCHAR(16)    NOT NULL,
    epinephrine       BOOLEAN        NOT NULL,
    paraben           BOOLEAN        NOT NULL,
    sulfite           BOOLEAN        NOT NULL,
    steroid           BOOLEAN        NOT NULL,
    max_mg_per_kg     NUMERIC(8, 4),
    max_mg            NUMERIC(10, 3),
    limit_source      VARCHAR(1000)  NOT NULL,
    substance         VARCHAR(100),
    screening_agent   VARCHAR(40),
    PRIMARY KEY (formulary_version, code),
    CONSTRAINT formulary_agents_class CHECK (agent_class IN ('AMIDE', 'ESTER', 'NONE')),
    CONSTRAINT formulary_agents_amounts CHECK (mg_per_ml >= 0 AND (max_mg_per_kg IS NULL OR max_mg_per_kg > 0)
        AND (max_mg IS NULL OR max_mg > 0))
);

INSERT INTO formulary_versions (version, created_at, created_by, changed_agent, reason, warn_share, warn_share_source)
VALUES (1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'system', NULL,
        'Seeded from the clinical reference, section 2 (concentrations, US-label maximum doses, allergy facts)',
        0.8000,
        'Clinic policy default (80 % of the maximum), issue 12 "Dose safety": no published threshold for an early warning was found; the clinic sets it.');

INSERT INTO formulary_agents (formulary_version, code, position, name, mg_per_ml, agent_class, epinephrine, paraben,
                              sulfite, steroid, max_mg_per_kg, max_mg, limit_source, substance, screening_agent) VALUES
(1, 'LIDOCAINE_05', 1, 'Lidocaine 0.5 % plain', 5, 'AMIDE', FALSE, FALSE, FALSE, FALSE, 4.5, 300,
 'Xylocaine MPF US label (openFDA, https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22xylocaine+mpf%22): without epinephrine 4.5 mg/kg, generally not above 300 mg in total. Concentration: Xylocaine monograph (AstraZeneca 2016), 0.5 % = 5 mg/mL.',
 'Lidocaine', 'LIDOCAINE_1_PLAIN'),
(1, 'LIDOCAINE_1', 2, 'Lidocaine 1 % plain', 10, 'AMIDE', FALSE, FALSE, FALSE, FALSE, 4.5, 300,
 'Xylocaine MPF US label (openFDA, https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22xylocaine+mpf%22): without epinephrine 4.5 mg/kg, generally not above 300 mg in total. Concentration: Xylocaine monograph (AstraZeneca 2016), 1 % = 10 mg/mL.',
 'Lidocaine', 'LIDOCAINE_1_PLAIN'),
(1, 'LIDOCAINE_2', 3, 'Lidocaine 2 % plain', 20, 'AMIDE', FALSE, FALSE, FALSE, FALSE, 4.5, 300,
 'Xylocaine MPF US label (openFDA, https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22xylocaine+mpf%22): without epinephrine 4.5 mg/kg, generally not above 300 mg in total. Concentration: Xylocaine monograph (AstraZeneca 2016), 2 % = 20 mg/mL.',
 'Lidocaine', 'LIDOCAINE_1_PLAIN'),
(1, 'BUPIVACAINE_025', 4, 'Bupivacaine 0.25 % plain', 2.5, 'AMIDE', FALSE, FALSE, FALSE, FALSE, NULL, 175,
 'Bupivacaine US label (DailyMed; Pfizer/Hospira, https://www.pfizermedicalinformation.com/bupivacaine-hydrochloride-1/dosage-admin): single doses up to 175 mg without epinephrine for local infiltration; no universal mg/kg limit (the clinic may set one). Concentration: Marcaine label, 0.25 % = 2.5 mg/mL.',
 'Bupivacaine', 'BUPIVACAINE_025'),
(1, 'BUPIVACAINE_05', 5, 'Bupivacaine 0.5 % plain', 5, 'AMIDE', FALSE, FALSE, FALSE, FALSE, NULL, 175,
 'Bupivacaine US label (DailyMed; Pfizer/Hospira, https://www.pfizermedicalinformation.com/bupivacaine-hydrochloride-1/dosage-admin): single doses up to 175 mg without epinephrine for local infiltration; no universal mg/kg limit (the clinic may set one). Concentration: % x 10 = mg/mL, 0.5 % = 5 mg/mL.',
 'Bupivacaine', 'BUPIVACAINE_025'),
(1, 'TRIAMCINOLONE_40', 6, 'Triamcinolone acetonide 40 mg/mL', 40, 'NONE', FALSE, FALSE, FALSE, TRUE, NULL, NULL,
 'No maximum per session for trigger point injection was found in a source read (clinical reference 2.5: ASRA 2024 guideline read as abstract only); the clinic may set one. Concentration: Kenalog-40 label; fpnotebook uses 1 mL with bupivacaine 0.25 % 5 mL.',
 'Triamcinolone', NULL),
(1, 'METHYLPREDNISOLONE_40', 7, 'Methylprednisolone acetate 40 mg/mL', 40, 'NONE', FALSE, FALSE, FALSE, TRUE, NULL, NULL,
 'No maximum per session for trigger point injection was found in a source read (clinical reference 2.5); the clinic may set one. Concentration: Depo-Medrol 40 mg/mL label.',
 'Methylprednisolone', NULL),
(1, 'DEXAMETHASONE_4', 8, 'Dexamethasone sodium phosphate 4 mg/mL', 4, 'NONE', FALSE, FALSE, FALSE, TRUE, NULL, NULL,
 'No dexamethasone dose for trigger point injection was found in a source read (clinical reference 2.5, UNVERIFIED); the clinic may set one. Concentration: dexamethasone sodium phosphate injection 4 mg/mL label.',
 'Dexamethasone', NULL),
(1, 'SALINE_09', 9, 'Sodium chloride 0.9 % (normal saline)', 0, 'NONE', FALSE, FALSE, FALSE, FALSE, NULL, NULL,
 'No drug, no dose limit: saline was non-inferior to lidocaine 1 % with triamcinolone (Roldan 2020, as cited by fpnotebook). Counted in millilitres only.',
 NULL, 'SALINE');

-- Clinic policies about how often and how soon a patient is injected again: warnings (never hard stops) that a
-- clinician may override with a reason. Part of the formulary version, so a session records the policies it was
-- checked against. threshold: days for an interval, a count for a 12-month limit, unused for REPEAT_WITHOUT_RELIEF.
CREATE TABLE formulary_policies (
    formulary_version INTEGER       NOT NULL REFERENCES formulary_versions (version),
    code              VARCHAR(40)   NOT NULL,
    position          INTEGER       NOT NULL,
    enabled           BOOLEAN       NOT NULL,
    threshold         INTEGER,
    source            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (formulary_version, code),
    CONSTRAINT formulary_policies_code CHECK (code IN ('STEROID_MIN_INTERVAL', 'STEROID_MAX_PER_YEAR',
        'REGION_MAX_PER_YEAR', 'SAME_SITE_MIN_INTERVAL', 'REPEAT_WITHOUT_RELIEF')),
    CONSTRAINT formulary_policies_threshold CHECK (threshold IS NULL OR threshold > 0)
);

INSERT INTO formulary_policies (formulary_version, code, position, enabled, threshold, source) VALUES
(1, 'STEROID_MIN_INTERVAL', 1, TRUE, 56,
 'No authoritative minimum interval between steroid-containing trigger point injections was found (clinical reference 2.5, UNVERIFIED); a clinic page (grade C) suggests steroid injections no more often than every 8 weeks. A clinic policy: confirm or change it.'),
(1, 'STEROID_MAX_PER_YEAR', 2, TRUE, 4,
 'No per-year steroid limit for trigger point injection was found (clinical reference 2.5, UNVERIFIED; ASRA/AAPM 2024 guideline, doi:10.1136/rapm-2024-105593, read as abstract only: lower steroid doses give similar benefit). Default follows the payer ceiling of 4 sessions per region per year (eviCore CMM-202). A clinic policy: confirm or change it.'),
(1, 'REGION_MAX_PER_YEAR', 3, TRUE, 4,
 'eviCore CMM-202: at most 4 sessions per body region per year, at least 2 months apart (summary at https://verity.backworkai.com/policy/EVICORE-MSK_ADVANCED-FA8ECC87, grade C); CMS LCD L36859 summary: at most 3 trigger point injection sessions per rolling 12 months (re-verify in the Medicare Coverage Database).'),
(1, 'SAME_SITE_MIN_INTERVAL', 4, TRUE, 42,
 'CMS proposed LCDs DL39662 / DL39671: at least 6 weeks before repeating a trigger point injection in the same location, https://cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=39661'),
(1, 'REPEAT_WITHOUT_RELIEF', 5, TRUE, NULL,
 'ACEP MAP trigger point injection tool: do not inject the site again if the relief was not adequate, https://www.acep.org/patient-care/map/map-trigger-point-injection-tool/ ; CMS LCD L36859 summary: a repeat needs at least 50 % relief lasting 6 weeks, documented on the same pain scale.');
