/**
 * Online self-booking: the public booking page with email verification, patients booking and changing their own
 * appointments, and staff approval of requests for types that need it. Part of the scheduling module.
 */
package org.tpiclinic.scheduling.online;
