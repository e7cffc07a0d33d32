package org.tpiclinic.patients;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tpiclinic.shared.Kilograms;

/**
 * What staff enter about a patient when registering or editing them. Checked by the form and again by
 * {@link Patient}, which refuses values no real patient could have.
 *
 * @param weight           the body weight; optional until screening needs it
 * @param weightMeasuredOn the day the weight was measured; required with a weight
 */
public record PatientDetails(String givenName, String familyName, @Nullable String preferredName,
        LocalDate dateOfBirth, @Nullable Sex sex, @Nullable String phone, @Nullable String email,
        @Nullable String addressLine, @Nullable String city, @Nullable String region, @Nullable String postalCode,
        @Nullable String preferredLanguage, @Nullable Kilograms weight, @Nullable LocalDate weightMeasuredOn) {
}
