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
 * {@link org.tpiclinic.scheduling.Availability} (hours, breaks and exceptions, guarded by the
 * {@link org.tpiclinic.scheduling.Clinician} they belong to). Events: {@code AppointmentBooked},
 * {@code AppointmentRescheduled}, {@code AppointmentCancelled}, {@code AppointmentClosed}, published in the
 * transaction that changes the appointment.
 * <p>
 * Online booking ({@code booking}) and the waitlist ({@code waitlist}) are modules of their own built on this one
 * (decision 29): they book through {@link org.tpiclinic.scheduling.Bookings} and listen to these events; this
 * module knows neither.
 * <p>
 * Invariants: appointment times are UTC instants; no two active (not cancelled) appointments of a clinician
 * overlap, counting the buffer after each, and no two of a patient overlap; the database enforces both
 * (PostgreSQL exclusion constraints; a lock and check on H2). Only staff read schedules; front desk, clinicians
 * and admins change them, a patient only their own (booking, moving, cancelling); every read and change is
 * audited.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "audit", "patients", "screening" })
package org.tpiclinic.scheduling;
