-- Sign-in throttling by growing delays instead of pauses (decision 24): each counted key remembers when its
-- last failure happened, and devices a user has signed in from before are known to that account. Only the
-- SHA-256 of a device's cookie is stored, so a copy of this table cannot be replayed as a cookie.
ALTER TABLE sign_in_failures ADD COLUMN last_failure_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE sign_in_failures SET last_failure_at = window_start;

CREATE TABLE known_devices (
    device_hash        VARCHAR(64)  NOT NULL,
    username           VARCHAR(100) NOT NULL,
    last_signed_in_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (device_hash, username)
);
