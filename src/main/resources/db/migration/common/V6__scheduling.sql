-- Scheduling: clinicians, their availability, appointment types and appointments.
-- Local dates and times (availability) are in the location's zone; instants (appointments) are UTC.

CREATE TABLE clinicians (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    user_id       UUID         NOT NULL,
    name          VARCHAR(120) NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT clinicians_user_uq UNIQUE (user_id)
);

-- Recurring weekly hours at a location (day_of_week 1 = Monday ... 7 = Sunday, ISO-8601).
CREATE TABLE weekly_hours (
    id            UUID         NOT NULL PRIMARY KEY,
    clinician_id  UUID         NOT NULL REFERENCES clinicians (id),
    location_id   UUID         NOT NULL REFERENCES locations (id),
    day_of_week   INT          NOT NULL,
    start_time    TIME         NOT NULL,
    end_time      TIME         NOT NULL,
    CONSTRAINT weekly_hours_day_ck CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT weekly_hours_order_ck CHECK (start_time < end_time)
);
CREATE INDEX weekly_hours_clinician_idx ON weekly_hours (clinician_id);

-- Recurring breaks (lunch), for the clinician at every location.
CREATE TABLE weekly_breaks (
    id            UUID         NOT NULL PRIMARY KEY,
    clinician_id  UUID         NOT NULL REFERENCES clinicians (id),
    day_of_week   INT          NOT NULL,
    start_time    TIME         NOT NULL,
    end_time      TIME         NOT NULL,
    CONSTRAINT weekly_breaks_day_ck CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT weekly_breaks_order_ck CHECK (start_time < end_time)
);
CREATE INDEX weekly_breaks_clinician_idx ON weekly_breaks (clinician_id);

-- One day's change: TIME_OFF removes hours (at every location), EXTRA_HOURS adds hours at a location.
CREATE TABLE schedule_exceptions (
    id            UUID         NOT NULL PRIMARY KEY,
    clinician_id  UUID         NOT NULL REFERENCES clinicians (id),
    location_id   UUID         REFERENCES locations (id),
    kind          VARCHAR(16)  NOT NULL,
    on_date       DATE         NOT NULL,
    start_time    TIME         NOT NULL,
    end_time      TIME         NOT NULL,
    note          VARCHAR(200),
    CONSTRAINT schedule_exceptions_kind_ck CHECK (kind IN ('TIME_OFF', 'EXTRA_HOURS')),
    CONSTRAINT schedule_exceptions_order_ck CHECK (start_time < end_time),
    CONSTRAINT schedule_exceptions_location_ck CHECK (kind = 'TIME_OFF' OR location_id IS NOT NULL)
);
CREATE INDEX schedule_exceptions_clinician_idx ON schedule_exceptions (clinician_id, on_date);

CREATE TABLE appointment_types (
    id                      UUID         NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL,
    code                    VARCHAR(40)  NOT NULL,
    name                    VARCHAR(120) NOT NULL,
    duration_minutes        INT          NOT NULL,
    buffer_after_minutes    INT          NOT NULL,
    bookable_online         BOOLEAN      NOT NULL,
    min_notice_hours        INT          NOT NULL,
    horizon_days            INT          NOT NULL,
    cancellation_window_hours INT        NOT NULL,
    active                  BOOLEAN      NOT NULL,
    CONSTRAINT appointment_types_code_uq UNIQUE (code),
    CONSTRAINT appointment_types_duration_ck CHECK (duration_minutes BETWEEN 5 AND 480),
    CONSTRAINT appointment_types_buffer_ck CHECK (buffer_after_minutes BETWEEN 0 AND 120),
    CONSTRAINT appointment_types_notice_ck CHECK (min_notice_hours >= 0 AND horizon_days >= 1
        AND cancellation_window_hours >= 0)
);

INSERT INTO appointment_types (id, version, code, name, duration_minutes, buffer_after_minutes, bookable_online,
                               min_notice_hours, horizon_days, cancellation_window_hours, active)
VALUES ('6f1d3c3e-0001-4c5e-9a61-3a1f00000001', 0, 'NEW_PATIENT', 'New-patient consultation', 30, 10, TRUE, 24, 90, 24, TRUE),
       ('6f1d3c3e-0002-4c5e-9a61-3a1f00000002', 0, 'TPI_SESSION', 'TPI session', 30, 10, FALSE, 24, 90, 24, TRUE),
       ('6f1d3c3e-0003-4c5e-9a61-3a1f00000003', 0, 'DRY_NEEDLING', 'Dry needling session', 30, 10, FALSE, 24, 90, 24, TRUE),
       ('6f1d3c3e-0004-4c5e-9a61-3a1f00000004', 0, 'FOLLOW_UP', 'Follow-up', 15, 0, TRUE, 12, 90, 24, TRUE);

CREATE TABLE clinician_appointment_types (
    clinician_id  UUID NOT NULL REFERENCES clinicians (id),
    type_id       UUID NOT NULL REFERENCES appointment_types (id),
    PRIMARY KEY (clinician_id, type_id)
);

-- blocked_until = end_at + the type's buffer when booked: the clinician is busy until then.
CREATE TABLE appointments (
    id              UUID         NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    patient_id      UUID         NOT NULL REFERENCES patients (id),
    clinician_id    UUID         NOT NULL REFERENCES clinicians (id),
    location_id     UUID         NOT NULL REFERENCES locations (id),
    type_id         UUID         NOT NULL REFERENCES appointment_types (id),
    start_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    cancel_reason   VARCHAR(300),
    idempotency_key VARCHAR(64)  NOT NULL,
    series_id       UUID,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT appointments_idempotency_uq UNIQUE (idempotency_key),
    CONSTRAINT appointments_status_ck CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW', 'CANCELLED')),
    CONSTRAINT appointments_order_ck CHECK (start_at < end_at AND end_at <= blocked_until)
);
CREATE INDEX appointments_clinician_idx ON appointments (clinician_id, start_at);
CREATE INDEX appointments_patient_idx ON appointments (patient_id, start_at);
CREATE INDEX appointments_location_idx ON appointments (location_id, start_at);

-- One row that booking transactions lock on databases without exclusion constraints (H2); see decisions.md.
CREATE TABLE booking_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO booking_lock (id) VALUES (1);
