/**
 * The waitlist: entries (patient, type, optional clinician and location, time windows and/or a date range), the
 * offers made when a matching time frees up, and their confirmation by an emailed link. Entry: WAITING → OFFERED
 * → BOOKED, or back to WAITING when the offer is lost or runs out; WITHDRAWN or EXPIRED end it. Offer: OPEN →
 * ACCEPTED, TAKEN, CLOSED or EXPIRED.
 * <p>
 * API: {@link org.tpiclinic.waitlist.Waitlist} (join, add, list, withdraw) and
 * {@link org.tpiclinic.waitlist.WaitlistOfferDesk} (the offer link). Listens to scheduling's
 * {@link org.tpiclinic.scheduling.AppointmentCancelled} and {@link org.tpiclinic.scheduling.AppointmentRescheduled}
 * (a freed time is offered to the earliest matching entries, {@code tpi.waitlist.offers-per-slot}, each link valid
 * for {@code tpi.waitlist.offer-validity}) and to {@link org.tpiclinic.patients.PatientsMerged}; publishes
 * {@link org.tpiclinic.waitlist.WaitlistOfferMade} (the notifications module emails the link). The first patient
 * to confirm books through scheduling's {@link org.tpiclinic.scheduling.Bookings}, so the no-double-booking
 * guarantee decides.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "audit", "patients", "scheduling" })
@org.jspecify.annotations.NullMarked
package org.tpiclinic.waitlist;
