package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.Kilograms;

class PatientTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static PatientDetails details(String given, String family, LocalDate dob, Kilograms kg, LocalDate weighed) {
        return new PatientDetails(given, family, null, dob, Sex.FEMALE, "(631) 555-0100", "a@example.com", null,
                null, null, null, "English", kg, weighed);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThatThrownBy(() -> Patient.register("1000013",
                details("Ann", "Lee", TODAY.plusDays(1), null, null), TODAY, Instant.EPOCH))
                .isInstanceOfSatisfying(FieldRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("dateOfBirth"))
                .hasMessageContaining("date of birth");
    }

    @Test
    void refusesAnImpossibleWeight() {
        assertThatThrownBy(() -> Patient.register("1000013",
                details("Ann", "Lee", LocalDate.of(1980, 1, 1), Kilograms.of("700"), TODAY), TODAY, Instant.EPOCH))
                .isInstanceOfSatisfying(FieldRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("weightKg"))
                .hasMessageContaining("weight");
    }

    @Test
    void requiresTheDayAWeightWasMeasured() {
        assertThatThrownBy(() -> Patient.register("1000013",
                details("Ann", "Lee", LocalDate.of(1980, 1, 1), Kilograms.of("70"), null), TODAY, Instant.EPOCH))
                .isInstanceOfSatisfying(FieldRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("weightMeasuredOn"))
                .hasMessageContaining("measured");
    }

    @Test
    void keepsNormalisedNameKeyForDuplicateChecks() {
        var p = Patient.register("1000013", details(" José ", "Müller", LocalDate.of(1980, 1, 1), null, null),
                TODAY, Instant.EPOCH);
        assertThat(p.nameKey()).isEqualTo("jose|muller");
        assertThat(p.givenName()).isEqualTo("José");
    }

    @Test
    void rejectsASecondVoiding() {
        var allergy = Allergy.record(UUID.randomUUID(), "Lidocaine", AllergyClass.AMIDE,
                ReactionType.HIVES_OR_RASH, Severity.MILD, Instant.EPOCH, "clinician");
        allergy.voidWith(new Voiding(Instant.EPOCH, "clinician", "entered in error"));
        assertThat(allergy.active()).isFalse();
        assertThatThrownBy(() -> allergy.voidWith(new Voiding(Instant.EPOCH, "clinician", "again")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void voidingNeedsAReason() {
        assertThatThrownBy(() -> new Voiding(Instant.EPOCH, "clinician", " "))
                .isInstanceOfSatisfying(FieldRefused.class, refused -> assertThat(refused.field()).isEqualTo("reason"));
    }
}
