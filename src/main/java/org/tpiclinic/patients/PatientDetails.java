package org.tpiclinic.patients;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What staff enter about a patient when registering or editing them. Checked by the form and again by
 * {@link Patient}, which refuses values no real patient could have.
 *
 * @param weightKg         kilograms, one decimal; optional until screening needs it
 * @param weightMeasuredOn the day the weight was measured; required with a weight
 */
public record PatientDetails(String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
        Sex sex, String phone, String email, String addressLine, String city, String region, String postalCode,
        String preferredLanguage, BigDecimal weightKg, LocalDate weightMeasuredOn) {
}
