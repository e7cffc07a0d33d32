-- One table for the database's counters per key (decision 29): failed sign-ins (identity) and requests to the
-- public pages that work without sign-in (online booking, waitlist offers). Keys carry their kind as a prefix
-- ('pair:', 'device:', 'account:', 'address:' for sign-in; 'book:' for the public pages), so they never meet.
CREATE TABLE rate_counts (
    throttle_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    hits          INT          NOT NULL,
    window_start  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_hit_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO rate_counts (throttle_key, hits, window_start, last_hit_at)
    SELECT throttle_key, failures, window_start, COALESCE(last_failure_at, window_start) FROM sign_in_failures;
INSERT INTO rate_counts (throttle_key, hits, window_start, last_hit_at)
    SELECT throttle_key, hits, window_start, window_start FROM online_booking_hits;
DROP TABLE sign_in_failures;
DROP TABLE online_booking_hits;
