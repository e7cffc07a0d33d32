/**
 * Online booking: the public booking page with email verification, patients booking and changing their own
 * appointments, the front desk's matching queue for namesakes, and staff approval of requests for types that
 * need it. Books through scheduling's {@link org.tpiclinic.scheduling.Bookings}, so scheduling's rules and its
 * no-double-booking guarantee apply unchanged.
 * <p>
 * API: {@link org.tpiclinic.booking.OnlineBookings} (request, confirm by link, approve, decline, book for
 * oneself), {@link org.tpiclinic.booking.MyAppointments} (a patient's own appointments) and
 * {@link org.tpiclinic.booking.OnlineMatches}. Publishes {@link org.tpiclinic.booking.OnlineBookingRequested}
 * (the notifications module emails the link); listens to {@link org.tpiclinic.patients.PatientsMerged} (requests
 * move to the chart that stays).
 * <p>
 * Invariants: nothing is booked before the emailed link is used; only the token's hash is stored; a request is
 * booked at most once (its id is the booking's idempotency key); patients change only their own appointments,
 * and only before the type's cancellation window begins.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "audit", "patients", "scheduling", "screening" })
@org.jspecify.annotations.NullMarked
package org.tpiclinic.booking;
