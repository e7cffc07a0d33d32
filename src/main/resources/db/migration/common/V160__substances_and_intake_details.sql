-- The intake asks what happened with numbing medicines and about immunosuppression, and records the reaction and
-- severity of each allergy the patient lists. A listed allergy or medication the substance catalogue does not
-- know keeps a NULL class until a clinician maps it (it never silently becomes "other").
ALTER TABLE intakes ADD COLUMN numbing_details VARCHAR(300);
ALTER TABLE intakes ADD COLUMN immunosuppressed BOOLEAN;
ALTER TABLE intake_proposals ADD COLUMN reaction_type VARCHAR(24);
ALTER TABLE intake_proposals ADD COLUMN severity VARCHAR(16);

-- "No known allergies" is a claim someone affirmed, with who and when; a chart without it says only that no
-- allergy is recorded. Adding an allergy withdraws the affirmation.
CREATE TABLE allergy_affirmations (
    patient_id   UUID         NOT NULL PRIMARY KEY REFERENCES patients (id),
    affirmed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    affirmed_by  VARCHAR(64)  NOT NULL
);
