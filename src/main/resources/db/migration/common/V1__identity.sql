CREATE TABLE user_accounts (
    id             UUID         NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    patient_id     UUID,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT user_accounts_username_uq UNIQUE (username),
    CONSTRAINT user_accounts_role_ck CHECK (role IN ('PATIENT', 'FRONT_DESK', 'CLINICIAN', 'BILLING', 'ADMIN'))
);

-- Failed sign-ins, keyed by account name or by client address; kept in the database so that
-- every node of a cluster sees the same counts.
CREATE TABLE sign_in_failures (
    throttle_key   VARCHAR(200) NOT NULL PRIMARY KEY,
    failures       INT          NOT NULL,
    window_start   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
