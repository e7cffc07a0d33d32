-- Intake questions are answered YES, NO or UNSURE ("I don't know", which the patient may now choose), or are
-- NOT_ANSWERED: no longer a BOOLEAN whose NULL meant "not answered". TRUE becomes YES, FALSE becomes NO, and NULL
-- becomes NOT_ANSWERED in a section that was saved; a section never saved keeps NULL answers, as before, so it
-- still reads as not started. Each column is replaced (add, copy, drop, rename): portable to H2 and PostgreSQL.

ALTER TABLE intakes ADD COLUMN care_physical_therapy_answer VARCHAR(12)
    CHECK (care_physical_therapy_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET care_physical_therapy_answer = CASE WHEN care_physical_therapy THEN 'YES' WHEN NOT care_physical_therapy THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE care_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN care_physical_therapy;
ALTER TABLE intakes RENAME COLUMN care_physical_therapy_answer TO care_physical_therapy;

ALTER TABLE intakes ADD COLUMN care_massage_answer VARCHAR(12)
    CHECK (care_massage_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET care_massage_answer = CASE WHEN care_massage THEN 'YES' WHEN NOT care_massage THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE care_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN care_massage;
ALTER TABLE intakes RENAME COLUMN care_massage_answer TO care_massage;

ALTER TABLE intakes ADD COLUMN care_stretching_answer VARCHAR(12)
    CHECK (care_stretching_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET care_stretching_answer = CASE WHEN care_stretching THEN 'YES' WHEN NOT care_stretching THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE care_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN care_stretching;
ALTER TABLE intakes RENAME COLUMN care_stretching_answer TO care_stretching;

ALTER TABLE intakes ADD COLUMN care_medication_answer VARCHAR(12)
    CHECK (care_medication_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET care_medication_answer = CASE WHEN care_medication THEN 'YES' WHEN NOT care_medication THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE care_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN care_medication;
ALTER TABLE intakes RENAME COLUMN care_medication_answer TO care_medication;

ALTER TABLE intakes ADD COLUMN prior_tpi_answer VARCHAR(12)
    CHECK (prior_tpi_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET prior_tpi_answer = CASE WHEN prior_tpi THEN 'YES' WHEN NOT prior_tpi THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE care_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN prior_tpi;
ALTER TABLE intakes RENAME COLUMN prior_tpi_answer TO prior_tpi;

ALTER TABLE intakes ADD COLUMN prior_problem_answer VARCHAR(12)
    CHECK (prior_problem_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET prior_problem_answer = CASE WHEN prior_problem THEN 'YES' WHEN NOT prior_problem THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE care_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN prior_problem;
ALTER TABLE intakes RENAME COLUMN prior_problem_answer TO prior_problem;

ALTER TABLE intakes ADD COLUMN no_allergies_answer VARCHAR(12)
    CHECK (no_allergies_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET no_allergies_answer = CASE WHEN no_allergies THEN 'YES' WHEN NOT no_allergies THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN no_allergies;
ALTER TABLE intakes RENAME COLUMN no_allergies_answer TO no_allergies;

ALTER TABLE intakes ADD COLUMN blood_thinners_answer VARCHAR(12)
    CHECK (blood_thinners_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET blood_thinners_answer = CASE WHEN blood_thinners THEN 'YES' WHEN NOT blood_thinners THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN blood_thinners;
ALTER TABLE intakes RENAME COLUMN blood_thinners_answer TO blood_thinners;

ALTER TABLE intakes ADD COLUMN steroid_use_answer VARCHAR(12)
    CHECK (steroid_use_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET steroid_use_answer = CASE WHEN steroid_use THEN 'YES' WHEN NOT steroid_use THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN steroid_use;
ALTER TABLE intakes RENAME COLUMN steroid_use_answer TO steroid_use;

ALTER TABLE intakes ADD COLUMN recent_infection_answer VARCHAR(12)
    CHECK (recent_infection_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET recent_infection_answer = CASE WHEN recent_infection THEN 'YES' WHEN NOT recent_infection THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN recent_infection;
ALTER TABLE intakes RENAME COLUMN recent_infection_answer TO recent_infection;

ALTER TABLE intakes ADD COLUMN bleeding_problems_answer VARCHAR(12)
    CHECK (bleeding_problems_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET bleeding_problems_answer = CASE WHEN bleeding_problems THEN 'YES' WHEN NOT bleeding_problems THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN bleeding_problems;
ALTER TABLE intakes RENAME COLUMN bleeding_problems_answer TO bleeding_problems;

ALTER TABLE intakes ADD COLUMN numbing_problems_answer VARCHAR(12)
    CHECK (numbing_problems_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET numbing_problems_answer = CASE WHEN numbing_problems THEN 'YES' WHEN NOT numbing_problems THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN numbing_problems;
ALTER TABLE intakes RENAME COLUMN numbing_problems_answer TO numbing_problems;

ALTER TABLE intakes ADD COLUMN diabetes_answer VARCHAR(12)
    CHECK (diabetes_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET diabetes_answer = CASE WHEN diabetes THEN 'YES' WHEN NOT diabetes THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN diabetes;
ALTER TABLE intakes RENAME COLUMN diabetes_answer TO diabetes;

ALTER TABLE intakes ADD COLUMN pregnant_answer VARCHAR(12)
    CHECK (pregnant_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET pregnant_answer = CASE WHEN pregnant THEN 'YES' WHEN NOT pregnant THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN pregnant;
ALTER TABLE intakes RENAME COLUMN pregnant_answer TO pregnant;

ALTER TABLE intakes ADD COLUMN heart_or_liver_answer VARCHAR(12)
    CHECK (heart_or_liver_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET heart_or_liver_answer = CASE WHEN heart_or_liver THEN 'YES' WHEN NOT heart_or_liver THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN heart_or_liver;
ALTER TABLE intakes RENAME COLUMN heart_or_liver_answer TO heart_or_liver;

ALTER TABLE intakes ADD COLUMN needle_fear_answer VARCHAR(12)
    CHECK (needle_fear_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET needle_fear_answer = CASE WHEN needle_fear THEN 'YES' WHEN NOT needle_fear THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN needle_fear;
ALTER TABLE intakes RENAME COLUMN needle_fear_answer TO needle_fear;

ALTER TABLE intakes ADD COLUMN driver_home_answer VARCHAR(12)
    CHECK (driver_home_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET driver_home_answer = CASE WHEN driver_home THEN 'YES' WHEN NOT driver_home THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN driver_home;
ALTER TABLE intakes RENAME COLUMN driver_home_answer TO driver_home;

ALTER TABLE intakes ADD COLUMN immunosuppressed_answer VARCHAR(12)
    CHECK (immunosuppressed_answer IN ('NOT_ANSWERED', 'YES', 'NO', 'UNSURE'));
UPDATE intakes SET immunosuppressed_answer = CASE WHEN immunosuppressed THEN 'YES' WHEN NOT immunosuppressed THEN 'NO' ELSE 'NOT_ANSWERED' END
    WHERE safety_saved_at IS NOT NULL;
ALTER TABLE intakes DROP COLUMN immunosuppressed;
ALTER TABLE intakes RENAME COLUMN immunosuppressed_answer TO immunosuppressed;
