-- A new rule-set version (rule sets are never changed in place): every rule's source names the publication
-- itself; five intake answers that no rule read get rules (steroid allergy, problems with numbing medicines,
-- current steroid use, heart or liver disease, immunosuppression); allergy and infection rules are hard stops
-- again if a clinic had lowered them (they may no longer be lowered). Other severities and thresholds a clinic
-- set are kept.
INSERT INTO screening_rule_sets (version, created_at, created_by, changed_rule, reason)
SELECT MAX(version) + 1, CURRENT_TIMESTAMP, 'system', NULL,
       'Sources name each publication; new rules for steroid allergy, numbing-medicine problems, current steroid use, heart or liver disease and immunosuppression; allergy and infection rules stay hard stops'
FROM screening_rule_sets;

INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, explanation, source)
SELECT (SELECT MAX(version) FROM screening_rule_sets), rule_id, position, severity, threshold, explanation, source
FROM screening_rules
WHERE rule_set_version = (SELECT MAX(version) - 1 FROM screening_rule_sets);

UPDATE screening_rules SET severity = 'HARD_STOP'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets)
  AND rule_id IN ('ALLERGY_AGENT_CLASS', 'ALLERGY_PARABEN', 'ALLERGY_SULFITE', 'INFECTION');

UPDATE screening_rules SET source = 'fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm (allergy to the anaesthetic); ACEP MAP Trigger Point Injection tool, https://www.acep.org/patient-care/map/map-trigger-point-injection-tool/; Robbins MS et al., Headache 2014, doi:10.1111/head.12442; Xylocaine and Marcaine US labels (amide-type hypersensitivity), DailyMed https://dailymed.nlm.nih.gov/; dentalcare.com CE ce646, https://www.dentalcare.com/en-us/professional-education/ce-courses/ce646/hypersensitivity-reactions (no cross-sensitivity between ester and amide)'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'ALLERGY_AGENT_CLASS';
UPDATE screening_rules SET source = 'Medscape answers 1844551, https://www.medscape.com/answers/1844551-62862/ (methylparaben in multi-dose amide vials; preservative-free lidocaine exists)'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'ALLERGY_PARABEN';
UPDATE screening_rules SET source = 'dentalcare.com CE ce646, https://www.dentalcare.com/en-us/professional-education/ce-courses/ce646/hypersensitivity-reactions (metabisulfite in epinephrine-containing local anaesthetics)'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'ALLERGY_SULFITE';
UPDATE screening_rules SET source = 'fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm (anticoagulants, aspirin in the last 3 days); Procedures Consult, Trigger Point Injection, http://www.proceduresconsult.com/medical-procedures/trigger-point-injection-FM-037-procedure.aspx (relative); Robbins MS et al., Headache 2014, doi:10.1111/head.12442 (precaution); ExitCare Trigger Point Injection, http://www.sw.org/HealthLibrary?page=Trigger%20Point%20Injection (asks about aspirin, ibuprofen, clopidogrel, warfarin)'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'BLOOD_THINNER';
UPDATE screening_rules SET source = 'fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm; Procedures Consult, http://www.proceduresconsult.com/medical-procedures/trigger-point-injection-FM-037-procedure.aspx; ACEP MAP Trigger Point Injection tool, https://www.acep.org/patient-care/map/map-trigger-point-injection-tool/ (severe coagulopathy); AAFP, Am Fam Physician 2014;89(12):956, https://www.aafp.org/pubs/afp/issues/2014/0615/p956.html'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'BLEEDING_DISORDER';
UPDATE screening_rules SET source = 'fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm (local or systemic infection); Procedures Consult, http://www.proceduresconsult.com/medical-procedures/trigger-point-injection-FM-037-procedure.aspx; ACEP MAP Trigger Point Injection tool, https://www.acep.org/patient-care/map/map-trigger-point-injection-tool/ (overlying cellulitis)'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'INFECTION';
UPDATE screening_rules SET source = 'Robbins MS et al., Peripheral nerve blocks and trigger point injections in headache management, Headache 2014, doi:10.1111/head.12442 (pregnancy a precaution); Clinicalgate, Trigger point injection, https://clinicalgate.com/trigger-point-injection'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'PREGNANCY';
UPDATE screening_rules SET source = 'Robbins MS et al., Headache 2014, doi:10.1111/head.12442 (pregnancy a precaution); fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm (steroid optional, saline non-inferior); Clinicalgate, Trigger point injection, https://clinicalgate.com/trigger-point-injection'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'STEROID_IN_PREGNANCY';
UPDATE screening_rules SET source = 'fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm (steroid: hyperglycaemia); Tetbury Hospital, Trigger point injections, https://www.tetburyhospital.co.uk/treatments/trigger-point-injections/'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'DIABETES_WITH_STEROID';
UPDATE screening_rules SET source = 'ACEP MAP Trigger Point Injection tool, https://www.acep.org/patient-care/map/map-trigger-point-injection-tool/ (fear or syncope related to needles); Procedures Consult, http://www.proceduresconsult.com/medical-procedures/trigger-point-injection-FM-037-procedure.aspx'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'NEEDLE_FEAR_OR_FAINTING';
UPDATE screening_rules SET source = 'ACEP MAP Trigger Point Injection tool, https://www.acep.org/patient-care/map/map-trigger-point-injection-tool/ (previous adverse experience with TPI)'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'PRIOR_TPI_PROBLEM';
UPDATE screening_rules SET source = 'fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm; ACEP MAP Trigger Point Injection tool, https://www.acep.org/patient-care/map/map-trigger-point-injection-tool/; EM:RAP, Trigger point injection, https://www.emrap.org/episode/triggerpoint/triggerpoint (shallow 30 degree angle)'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'SITE_NEAR_THORAX';
UPDATE screening_rules SET
  explanation = 'The weight in kilograms is needed for the mg/kg dose check of a local anaesthetic or steroid: it must be recorded and measured within the threshold (days). Dry needling and saline alone compute no dose.',
  source = 'Xylocaine MPF (lidocaine HCl) US label, 4.5 mg/kg without epinephrine, openFDA https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22xylocaine+mpf%22'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'WEIGHT_CURRENT';
UPDATE screening_rules SET source = 'BCBS medical policy 604 / BCBSA 2.01.103, Trigger point and tender point injections, https://docslib.org/doc/4176588/; Triple-S medical policy, https://salud.grupotriples.com/medical-policy/trigger-point-and-tender-point-injections/'
WHERE rule_set_version = (SELECT MAX(version) FROM screening_rule_sets) AND rule_id = 'CONSERVATIVE_CARE';

INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, explanation, source)
SELECT MAX(version), 'ALLERGY_STEROID', 15, 'HARD_STOP', NULL,
       'An allergy to a corticosteroid when triamcinolone is to be added. Saline or local anaesthetic alone avoids it.',
       'ExitCare Trigger Point Injection, http://www.sw.org/HealthLibrary?page=Trigger%20Point%20Injection (asks about allergy to steroids); Kenalog-40 (triamcinolone acetonide) US label, contraindicated in hypersensitivity to any component, DailyMed https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=kenalog-40'
FROM screening_rule_sets;
INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, explanation, source)
SELECT MAX(version), 'NUMBING_PROBLEM', 16, 'WARNING', NULL,
       'The patient had a problem with numbing medicines before. Ask what happened: many reported caine allergies were fainting (vagal) reactions, but a true allergy to the planned class is a hard stop once it is recorded.',
       'ExitCare Trigger Point Injection, http://www.sw.org/HealthLibrary?page=Trigger%20Point%20Injection (asks about past problems with numbing medicines); Pfenninger and Fowler, Atlas of Primary Care Procedures, ch. 9 (reaction type: vagal reactions mistaken for allergy)'
FROM screening_rule_sets;
INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, explanation, source)
SELECT MAX(version), 'STEROID_USE', 17, 'WARNING', NULL,
       'The patient takes a steroid now and triamcinolone is to be added: the doses add up (glucose, infection, skin and fat atrophy).',
       'ExitCare Trigger Point Injection, http://www.sw.org/HealthLibrary?page=Trigger%20Point%20Injection (asks about current steroid use); fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm (steroid adverse effects)'
FROM screening_rule_sets;
INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, explanation, source)
SELECT MAX(version), 'HEART_OR_LIVER', 18, 'WARNING', NULL,
       'Heart or liver disease when a local anaesthetic is planned: the label asks for a reduced dose.',
       'Xylocaine (lidocaine HCl) US label, dosage: reduce doses for patients with cardiac or liver disease, RxList http://www.rxlist.com/xylocaine-drug/indications-dosage.htm'
FROM screening_rule_sets;
INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, explanation, source)
SELECT MAX(version), 'IMMUNOSUPPRESSION', 19, 'WARNING', NULL,
       'Immunosuppression (a medicine or an illness): an infection at the needle site takes hold more easily, and a steroid adds to it. No source read sets a rule for TPI; the default is a warning for the clinician to weigh.',
       'fpnotebook, Trigger Point Injection, https://fpnotebook.com/Rheum/Procedure/TrgrPntInjctn.htm (infection a contraindication; steroid adverse effects include infection); Tetbury Hospital, Trigger point injections, https://www.tetburyhospital.co.uk/treatments/trigger-point-injections/'
FROM screening_rule_sets;
