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
 * {@code AppointmentRescheduled}, {@code AppointmentCancelled}, published in the booking transaction, and
 * {@code OnlineBookingRequested} and {@code WaitlistOfferMade}, which carry an emailed link.
 * <p>
 * Sub-packages: {@code online} (public self-booking, patients' own appointments) and {@code waitlist}: patients
 * wait for a type, optionally a clinician and a location, within local time windows and/or dates; when a time
 * frees up (cancelled or rescheduled away) the earliest matching entries ({@code tpi.waitlist.offers-per-slot})
 * are emailed an offer link valid for {@code tpi.waitlist.offer-validity}; the first to confirm books it
 * through {@link org.tpiclinic.scheduling.Bookings}, so the no-double-booking guarantee decides.
 * <p>
 * Invariants: appointment times are UTC instants; no two active (not cancelled) appointments of a clinician
 * overlap, counting the buffer after each, and no two of a patient overlap; the database enforces both
 * (PostgreSQL exclusion constraints; a lock and check on H2). Only staff read schedules; front desk, clinicians
 * and admins change them; every read and change is audited.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "audit", "patients", "screening" })
package org.tpiclinic.scheduling;
