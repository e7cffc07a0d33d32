-- Writers no longer lock audit_chain_head: each audited transaction only inserts its entry (seq from a sequence)
-- and a row in audit_unchained. After commit, one chainer at a time (the one holding audit_chain_head) links the
-- entries it finds into audit_chain in the order it finds them (decisions.md, 14).
CREATE SEQUENCE audit_entry_seq;
ALTER TABLE audit_entries ALTER COLUMN seq SET DEFAULT nextval('audit_entry_seq');

-- The hash chain: position chain_seq holds entry entry_seq, linked to the hash at chain_seq - 1.
CREATE TABLE audit_chain (
    chain_seq      BIGINT       NOT NULL PRIMARY KEY,
    entry_seq      BIGINT       NOT NULL UNIQUE,
    prev_hash      CHAR(64)     NOT NULL,
    entry_hash     CHAR(64)     NOT NULL
);
-- Entries chained so far keep their position (= their seq) and hashes, so the existing chain still verifies.
INSERT INTO audit_chain (chain_seq, entry_seq, prev_hash, entry_hash)
SELECT seq, seq, prev_hash, entry_hash FROM audit_entries;
ALTER TABLE audit_entries DROP COLUMN prev_hash;
ALTER TABLE audit_entries DROP COLUMN entry_hash;

-- Committed entries the chainer has not linked yet: a queue, emptied as they are chained.
CREATE TABLE audit_unchained (
    entry_seq      BIGINT       NOT NULL PRIMARY KEY
);
