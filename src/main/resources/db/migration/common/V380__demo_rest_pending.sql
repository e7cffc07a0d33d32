-- The demo practice loads in two steps: its logins before the server takes requests, the rest (most patients,
-- appointments, outcomes) in the background. rest_pending marks a practice whose second step has not committed
-- yet; the next start finishes it. Practices loaded in one step (all rows before this column) are complete.
ALTER TABLE demo_data ADD COLUMN rest_pending BOOLEAN DEFAULT FALSE NOT NULL;
