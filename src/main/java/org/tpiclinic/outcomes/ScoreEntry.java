package org.tpiclinic.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored score of any instrument, for a patient's table of scores. */
public record ScoreEntry(String instrument, LocalDate on, Occasion occasion, BigDecimal score, String recordedBy) {
}
