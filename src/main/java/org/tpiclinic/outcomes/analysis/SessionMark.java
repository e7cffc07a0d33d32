package org.tpiclinic.outcomes.analysis;

import java.time.LocalDate;
import java.util.UUID;

/** A signed session of the patient, as outcomes knows it. */
public record SessionMark(UUID id, LocalDate on) {
}
