package org.tpiclinic.aftercare;

import java.time.Instant;
import java.util.UUID;

import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.shared.PatientId;

/**
 * A patient answered a post-session check-in (once per check-in: a second submission publishes nothing).
 *
 * @param dayAfter the check-in's day after the session (1, 7, 14 by default)
 * @param pain     the pain score reported, 0–10
 * @param redFlag  whether any answer put the patient on the follow-up worklist
 */
public record CheckInSubmitted(UUID checkInId, SessionId sessionId, PatientId patientId, int dayAfter,
        Instant submittedAt, int pain, boolean redFlag) {
}
