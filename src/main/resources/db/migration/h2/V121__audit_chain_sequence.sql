-- New entries are numbered after the ones written before V120.
ALTER SEQUENCE audit_entry_seq RESTART WITH (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_entries);
