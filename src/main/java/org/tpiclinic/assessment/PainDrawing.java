package org.tpiclinic.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a patient hurt at one visit, as marked by the patient (at intake or before a session) or by a clinician.
 *
 * @param drawnByRole the role of who drew it ({@code PATIENT}, {@code CLINICIAN}, …)
 * @param marks the marked zones, each once
 */
public record PainDrawing(UUID id, UUID patientId, LocalDate visitDate, String drawnBy, String drawnByRole,
        Instant drawnAt, String note, List<ZoneMark> marks) {

    public boolean byPatient() {
        return "PATIENT".equals(drawnByRole);
    }
}
