-- A password an admin set (new account or reset) is known to two people: its user must choose their own before
-- doing anything else. Existing accounts keep working as they are.
ALTER TABLE user_accounts ADD COLUMN must_choose_password BOOLEAN DEFAULT FALSE NOT NULL;
