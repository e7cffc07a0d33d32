/**
 * The waitlist: entries (patient, type, optional clinician and location, time windows and/or a date range), the
 * offers made when a matching time frees up, and their confirmation by an emailed link. Part of the scheduling
 * module. Entry: WAITING → OFFERED → BOOKED, or back to WAITING when the offer is lost or runs out; WITHDRAWN or
 * EXPIRED end it. Offer: OPEN → ACCEPTED, TAKEN, CLOSED or EXPIRED. A named interface of the module, so the
 * demo practice can put patients on the list.
 */
@org.springframework.modulith.NamedInterface("waitlist")
package org.tpiclinic.scheduling.waitlist;
