-- The database itself refuses overlapping active appointments: a clinician (including the buffer after each
-- appointment) and a patient can be in only one place at a time. Violations raise SQLState 23P01.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE appointments ADD CONSTRAINT appointments_clinician_no_overlap
    EXCLUDE USING gist (clinician_id WITH =, tstzrange(start_at, blocked_until) WITH &&)
    WHERE (status <> 'CANCELLED');

ALTER TABLE appointments ADD CONSTRAINT appointments_patient_no_overlap
    EXCLUDE USING gist (patient_id WITH =, tstzrange(start_at, end_at) WITH &&)
    WHERE (status <> 'CANCELLED');
