package org.tpiclinic.scheduling;

import java.util.UUID;

/**
 * An appointment was marked {@link AppointmentStatus#COMPLETED} or {@link AppointmentStatus#NO_SHOW}: nothing
 * more should remind the patient of it.
 */
public record AppointmentClosed(UUID appointmentId, UUID patientId, AppointmentStatus status) {
}
