-- /outcomes reads one row per session: each session row also carries the codes of the muscles and of the regions
-- it treated (each once, sorted, comma-separated; a muscle treated on both sides is one code), so the report
-- reads the sessions in one pass without joining their sites or removing sides treated twice. Written with the
-- session (listener and loader) and rebuilt from outcome_session_sites by OutcomeLoader.recomputeAll().
ALTER TABLE outcome_sessions ADD COLUMN muscles VARCHAR(1000);
ALTER TABLE outcome_sessions ADD COLUMN regions VARCHAR(1000);

UPDATE outcome_sessions SET
    muscles = (SELECT STRING_AGG(DISTINCT t.muscle, ',' ORDER BY t.muscle) FROM outcome_session_sites t
               WHERE t.session_id = outcome_sessions.session_id),
    regions = (SELECT STRING_AGG(DISTINCT t.region, ',' ORDER BY t.region) FROM outcome_session_sites t
               WHERE t.session_id = outcome_sessions.session_id);
