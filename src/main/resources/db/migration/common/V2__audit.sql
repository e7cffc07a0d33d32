-- Append-only, hash-chained log of every read and change of patient data.
CREATE TABLE audit_entries (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    user_role      VARCHAR(16)  NOT NULL,
    patient_id     UUID,
    action         VARCHAR(16)  NOT NULL,
    target         VARCHAR(300) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    prev_hash      CHAR(64)     NOT NULL,
    entry_hash     CHAR(64)     NOT NULL
);
CREATE INDEX audit_entries_patient_idx ON audit_entries (patient_id, occurred_at);
CREATE INDEX audit_entries_user_idx ON audit_entries (username, occurred_at);
CREATE INDEX audit_entries_time_idx ON audit_entries (occurred_at);

-- One row: the end of the chain. Writers lock it, so entries are chained in commit order.
CREATE TABLE audit_chain_head (
    id             INT          NOT NULL PRIMARY KEY,
    last_seq       BIGINT       NOT NULL,
    last_hash      CHAR(64)     NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
