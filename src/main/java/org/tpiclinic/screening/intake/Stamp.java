package org.tpiclinic.screening.intake;

import java.time.Instant;

/** Who saved a section last and when; {@code patientReported} when the patient did, in the portal. */
public record Stamp(Instant savedAt, String savedBy, Boolean patientReported) {
}
