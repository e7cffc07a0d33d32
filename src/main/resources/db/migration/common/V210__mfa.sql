-- Two-step sign-in (TOTP, RFC 6238) of an account, once confirmed with a first code. The secret must be readable
-- to compute codes, so it is stored as is: protect the database and its backups accordingly.
CREATE TABLE mfa_enrolments (
    account_id       UUID         NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    secret           VARCHAR(64)  NOT NULL,
    enrolled_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- the 30-second time step of the last code accepted; a code for this step or an earlier one is refused
    last_used_step   BIGINT       NOT NULL,
    failed_attempts  INT          NOT NULL,
    last_failure_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT mfa_enrolments_account_fk FOREIGN KEY (account_id) REFERENCES user_accounts (id)
);

-- Single-use recovery codes, stored as SHA-256 of the code (each code carries 80 random bits).
CREATE TABLE mfa_recovery_codes (
    account_id  UUID         NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    used_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT mfa_recovery_codes_pk PRIMARY KEY (account_id, code_hash),
    CONSTRAINT mfa_recovery_codes_enrolment_fk FOREIGN KEY (account_id) REFERENCES mfa_enrolments (account_id)
);
