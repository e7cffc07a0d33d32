package org.tpiclinic.outcomes.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tpiclinic.outcomes.Occasion;

/** One pain score (0-10) of a patient, as stored; {@code session} is set for scores taken at a session. */
public record PainScore(LocalDate on, Instant at, Occasion occasion, UUID session, BigDecimal value) {
}
