-- A clinic-policy warning (steroid interval, sessions per region, ...) a clinician overrode on a session, and why.
CREATE TABLE injection_session_overrides (
    session_id  UUID          NOT NULL REFERENCES injection_sessions (id),
    position    SMALLINT      NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    CONSTRAINT injection_session_overrides_pk PRIMARY KEY (session_id, position)
);
