-- The database itself refuses to change or remove audit history.
CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entries_append_only
    BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();

CREATE TRIGGER audit_entries_no_truncate
    BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();

-- Prefix search on name tokens regardless of the database collation.
CREATE INDEX patient_search_terms_prefix_idx ON patient_search_terms (term varchar_pattern_ops) WHERE NOT variant;
