-- Issue 9, booking gaps. The reason a patient gave when booking travels with the appointment; a completed or
-- no-show appointment remembers the status it had, so the front desk can undo a mistaken click.
ALTER TABLE appointments ADD COLUMN reason VARCHAR(500);
ALTER TABLE appointments ADD COLUMN reopen_status VARCHAR(16);

-- An online request whose name and date of birth match a chart, but not its email address, waits for the front
-- desk to link it to that chart or register a new one (AWAITING_MATCH) instead of silently making a second chart.
ALTER TABLE online_booking_requests DROP CONSTRAINT online_booking_requests_status_ck;
ALTER TABLE online_booking_requests ADD CONSTRAINT online_booking_requests_status_ck
    CHECK (status IN ('PENDING', 'AWAITING_MATCH', 'AWAITING_APPROVAL', 'BOOKED', 'DECLINED'));

-- A duplicate chart merged into the one that stays. Nothing is deleted: the merged chart's row stays (it answers
-- "merged into" from here), its allergies, medications and conditions move to the survivor, other modules move
-- their own records on the PatientsMerged event, and the audit log keeps every entry under the id it was written.
CREATE TABLE patient_merges (
    merged_id    UUID         NOT NULL PRIMARY KEY REFERENCES patients (id),
    survivor_id  UUID         NOT NULL REFERENCES patients (id),
    merged_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    merged_by    VARCHAR(64)  NOT NULL,
    reason       VARCHAR(300) NOT NULL,
    CONSTRAINT patient_merges_not_self_ck CHECK (merged_id <> survivor_id)
);
CREATE INDEX patient_merges_survivor_idx ON patient_merges (survivor_id);
