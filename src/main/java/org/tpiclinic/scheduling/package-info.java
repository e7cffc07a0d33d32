/**
 * Scheduling: the practice's locations, each with its IANA time zone (times are stored in UTC and shown in
 * the location's zone). Availability, appointment types, booking and the waitlist arrive with the scheduling
 * work.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.tpiclinic.scheduling;
