-- Wrong-site safety: every planned site names its side (MUSCLE:LEFT, MUSCLE:RIGHT, MUSCLE:BILATERAL). Plans
-- recorded before this named no side, and nobody can tell now which side was meant, so their sites are marked
-- UNRECORDED: they stay readable in the history, but such a review clears nothing and such a consent covers
-- nothing, so a clinician reviews again with sides and the patient signs again for them. Codes grow with sides.
ALTER TABLE screening_reviews ALTER COLUMN plan SET DATA TYPE VARCHAR(1000);
ALTER TABLE consents ALTER COLUMN plan_code SET DATA TYPE VARCHAR(1000);
UPDATE screening_reviews SET plan = REPLACE(plan, ',', ':UNRECORDED,') || ':UNRECORDED'
WHERE plan NOT LIKE '%:%';
UPDATE consents SET plan_code = REPLACE(plan_code, ',', ':UNRECORDED,') || ':UNRECORDED'
WHERE plan_code NOT LIKE '%:%';

-- The name patients read for the reviewing clinician (the username stays in reviewed_by for the audit trail).
ALTER TABLE screening_reviews ADD COLUMN reviewed_by_name VARCHAR(200);

-- A consent is for the plan of one clinician's review; the clinician who obtained it; whether it was presented
-- in the clinic (a witness can be named only then) or signed by the patient alone in the portal.
ALTER TABLE consents ADD COLUMN review_id UUID REFERENCES screening_reviews (id);
ALTER TABLE consents ADD COLUMN obtained_by VARCHAR(200);
ALTER TABLE consents ADD COLUMN in_clinic BOOLEAN DEFAULT FALSE NOT NULL;
