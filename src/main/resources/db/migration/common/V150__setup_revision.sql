-- The scheduling set-up's revision: every change to types, locations, clinicians, hours, breaks or exceptions
-- sets it to a new value from the sequence (never reused, even after a rollback), so every node can tell
-- whether its copy of the set-up in memory is current with one small read (SetupCache, decision 21).
CREATE SEQUENCE setup_revision_seq;
CREATE TABLE setup_revision (
    id       INT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO setup_revision (id, revision) VALUES (1, 0);
