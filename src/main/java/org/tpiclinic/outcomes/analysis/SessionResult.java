package org.tpiclinic.outcomes.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one session achieved. Fields are null when they cannot be computed; {@code responseNote} and
 * {@code reliefNote} then name the reason (a message key under {@code outcomes.note.}).
 *
 * @param number        1 for the patient's first session
 * @param pre           the pain score just before it
 * @param response      the pain score that counts as its response (nearest the response day)
 * @param responseOn    when that score was given
 * @param changePoints  baseline minus response (positive is better)
 * @param changePercent that change as a percentage of the baseline
 * @param responder     at least the responder points or percent
 * @param substantial   at least the substantial percent
 * @param reliefDays    days from the session until pain returned (or, if it had not, until the last score)
 * @param reliefEnded   true if pain returned within the margin (an event), false if censored
 */
public record SessionResult(UUID session, int number, LocalDate on, BigDecimal pre, BigDecimal response,
        LocalDate responseOn, BigDecimal changePoints, BigDecimal changePercent, Boolean responder,
        Boolean substantial, String responseNote, Integer reliefDays, Boolean reliefEnded, String reliefNote) {
}
