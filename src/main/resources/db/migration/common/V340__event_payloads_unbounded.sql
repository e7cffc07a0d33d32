-- A signed session's event carries every treated site, agent and diagnosis; 4,000 characters could cut off a long
-- session and lose its publication. Both H2 and PostgreSQL accept this form; PostgreSQL stores it like TEXT.
ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE VARCHAR(1000000);
