-- Patient search reads only patient ids from patient_search_terms. With patient_id in the index H2 answers both
-- of its lookups from the index alone: a prefix such as 'sch%' at 10,000 patients reads 98 pages instead of 670
-- (EXPLAIN ANALYZE; docs/benchmarks.md, issue 16). It replaces the index it extends, so a registration writes
-- no more index entries than before.
CREATE INDEX patient_search_terms_term_ids_idx ON patient_search_terms (term, variant, patient_id);
DROP INDEX patient_search_terms_term_idx;
