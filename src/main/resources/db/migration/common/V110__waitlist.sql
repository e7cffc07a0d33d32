-- Waitlist (issue 3). A patient waits for a type, optionally with one clinician and at one location, within
-- time windows ("MON,WED 09:00-12:00;FRI 14:00-17:00", local time at the slot's location) and/or a date range.
-- WAITING until an offer is made (OFFERED); BOOKED when an offer is confirmed; WITHDRAWN by the patient or the
-- front desk; EXPIRED when the date range has passed. Never deleted.
CREATE TABLE waitlist_entries (
    id            UUID         NOT NULL PRIMARY KEY,
    patient_id    UUID         NOT NULL REFERENCES patients (id),
    type_id       UUID         NOT NULL REFERENCES appointment_types (id),
    clinician_id  UUID         REFERENCES clinicians (id),
    location_id   UUID         REFERENCES locations (id),
    windows       VARCHAR(200) NOT NULL,
    from_date     DATE,
    to_date       DATE,
    note          VARCHAR(300),
    status        VARCHAR(12)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_by     VARCHAR(64),
    CONSTRAINT waitlist_entries_status_ck
        CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT waitlist_entries_dates_ck CHECK (from_date IS NULL OR to_date IS NULL OR from_date <= to_date)
);
CREATE INDEX waitlist_entries_status_idx ON waitlist_entries (status, created_at);
CREATE INDEX waitlist_entries_patient_idx ON waitlist_entries (patient_id);

-- A freed slot offered to a waiting entry. Only the SHA-256 of the emailed token is stored. OPEN until the
-- patient confirms (ACCEPTED, appointment_id set), someone else gets the time first (TAKEN when this patient
-- tried, CLOSED when they had not), or the offer runs out (EXPIRED). One offer per entry and slot, so a
-- repeated event delivery offers nothing twice.
CREATE TABLE waitlist_offers (
    id              UUID         NOT NULL PRIMARY KEY,
    entry_id        UUID         NOT NULL REFERENCES waitlist_entries (id),
    token_hash      VARCHAR(64)  NOT NULL,
    clinician_id    UUID         NOT NULL REFERENCES clinicians (id),
    location_id     UUID         NOT NULL REFERENCES locations (id),
    start_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    appointment_id  UUID         REFERENCES appointments (id),
    CONSTRAINT waitlist_offers_token_uq UNIQUE (token_hash),
    CONSTRAINT waitlist_offers_slot_uq UNIQUE (entry_id, clinician_id, start_at),
    CONSTRAINT waitlist_offers_status_ck CHECK (status IN ('OPEN', 'ACCEPTED', 'TAKEN', 'CLOSED', 'EXPIRED'))
);
CREATE INDEX waitlist_offers_slot_idx ON waitlist_offers (clinician_id, start_at, status);
