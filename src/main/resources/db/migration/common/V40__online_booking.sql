-- Online self-booking (issue 3). The practice turns online booking on per type (bookable_online) and may ask
-- for staff approval of online requests per type.
ALTER TABLE appointment_types ADD COLUMN requires_approval BOOLEAN DEFAULT FALSE NOT NULL;

-- A request from the public booking page. Only the SHA-256 of the emailed token is stored. PENDING until the
-- email link is confirmed; then BOOKED (appointment_id set) or, for types that need approval, AWAITING_APPROVAL
-- until staff book (BOOKED) or decline (DECLINED) it.
CREATE TABLE online_booking_requests (
    id              UUID         NOT NULL PRIMARY KEY,
    token_hash      VARCHAR(64)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    given_name      VARCHAR(60)  NOT NULL,
    family_name     VARCHAR(60)  NOT NULL,
    date_of_birth   DATE         NOT NULL,
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(30)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    location_id     UUID         NOT NULL REFERENCES locations (id),
    type_id         UUID         NOT NULL REFERENCES appointment_types (id),
    clinician_id    UUID         NOT NULL REFERENCES clinicians (id),
    start_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    verified_at     TIMESTAMP(6) WITH TIME ZONE,
    patient_id      UUID         REFERENCES patients (id),
    appointment_id  UUID         REFERENCES appointments (id),
    decided_by      VARCHAR(64),
    CONSTRAINT online_booking_requests_token_uq UNIQUE (token_hash),
    CONSTRAINT online_booking_requests_status_ck
        CHECK (status IN ('PENDING', 'AWAITING_APPROVAL', 'BOOKED', 'DECLINED'))
);
CREATE INDEX online_booking_requests_status_idx ON online_booking_requests (status, created_at);

-- Requests per client address on the public booking pages, counted in fixed one-hour windows.
CREATE TABLE online_booking_hits (
    throttle_key  VARCHAR(100) NOT NULL PRIMARY KEY,
    hits          INT          NOT NULL,
    window_start  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
