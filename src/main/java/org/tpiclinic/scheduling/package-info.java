/**
 * Scheduling: locations (each with its IANA time zone), clinicians and their hours (weekly hours per location,
 * breaks, one-day exceptions, all in local time), appointment types with their booking rules, free-slot search
 * and appointments.
 * <p>
 * API: {@link org.tpiclinic.scheduling.Bookings} (book, book a series, reschedule),
 * {@link org.tpiclinic.scheduling.AppointmentDesk} (check in, complete, no-show, cancel),
 * {@link org.tpiclinic.scheduling.Calendar} (a clinician's or a location's day or week, with free time and
 * each patient's intake progress from screening), {@link org.tpiclinic.scheduling.SlotSearch}
 * and {@link org.tpiclinic.scheduling.SlotFinder} (free slots, pure and daylight-saving safe),
 * {@link org.tpiclinic.scheduling.Availability}. Events: {@code AppointmentBooked},
 * {@code AppointmentRescheduled}, {@code AppointmentCancelled}, published in the booking transaction.
 * <p>
 * Invariants: appointment times are UTC instants; no two active (not cancelled) appointments of a clinician
 * overlap, counting the buffer after each, and no two of a patient overlap; the database enforces both
 * (PostgreSQL exclusion constraints; a lock and check on H2). Only staff read schedules; front desk, clinicians
 * and admins change them; every read and change is audited.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "audit", "patients", "screening" })
package org.tpiclinic.scheduling;
