-- H2 has no exclusion constraints: bookings lock booking_lock and check for overlaps (see decisions.md 9).
SELECT 1;
