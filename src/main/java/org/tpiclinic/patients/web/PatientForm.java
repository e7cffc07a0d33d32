package org.tpiclinic.patients.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.tpiclinic.patients.Patient;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.Sex;

/** The registration and edit form of a patient, as typed. */
record PatientForm(
        @NotBlank @Size(max = 80) String givenName,
        @NotBlank @Size(max = 80) String familyName,
        @Size(max = 80) String preferredName,
        @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
        Sex sex,
        @Pattern(regexp = "^$|[0-9+()\\-. ]{7,32}", message = "{patient.phone.invalid}") String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 200) String addressLine,
        @Size(max = 80) String city,
        @Size(max = 80) String region,
        @Size(max = 16) String postalCode,
        @Size(max = 40) String preferredLanguage,
        @DecimalMin("2.0") @DecimalMax("350.0") @Digits(integer = 3, fraction = 1) BigDecimal weightKg,
        @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weightMeasuredOn,
        Long version,
        Boolean confirmNotDuplicate) {

    PatientForm {
        // The checkbox is on the form only after a duplicate was found, so the value is usually absent: that
        // means "not confirmed". A primitive boolean would fail binding with an error the form never shows.
        confirmNotDuplicate = Boolean.TRUE.equals(confirmNotDuplicate);
    }

    static PatientForm empty() {
        return new PatientForm("", "", "", null, null, "", "", "", "", "", "", "English", null, null, null, false);
    }

    static PatientForm of(Patient p) {
        var d = p.details();
        return new PatientForm(d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(), d.sex(),
                d.phone(), d.email(), d.addressLine(), d.city(), d.region(), d.postalCode(), d.preferredLanguage(),
                d.weightKg(), d.weightMeasuredOn(), p.version(), false);
    }

    PatientDetails details() {
        return new PatientDetails(givenName, familyName, preferredName, dateOfBirth, sex, phone, email,
                addressLine, city, region, postalCode, preferredLanguage, weightKg, weightMeasuredOn);
    }
}
