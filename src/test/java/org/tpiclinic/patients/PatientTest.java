package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tpiclinic.shared.ConflictException;

class PatientTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static PatientDetails details(String given, String family, LocalDate dob, BigDecimal kg, LocalDate weighed) {
        return new PatientDetails(given, family, null, dob, Sex.FEMALE, "(631) 555-0100", "a@example.com", null,
                null, null, null, "English", kg, weighed);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThatThrownBy(() -> Patient.register("1000013",
                details("Ann", "Lee", TODAY.plusDays(1), null, null), TODAY, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date of birth");
    }

    @Test
    void refusesAnImpossibleWeight() {
        assertThatThrownBy(() -> Patient.register("1000013",
                details("Ann", "Lee", LocalDate.of(1980, 1, 1), new BigDecimal("700"), TODAY), TODAY, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
    }

    @Test
    void requiresTheDayAWeightWasMeasured() {
        assertThatThrownBy(() -> Patient.register("1000013",
                details("Ann", "Lee", LocalDate.of(1980, 1, 1), new BigDecimal("70"), null), TODAY, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measured");
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
        var allergy = Allergy.record(java.util.UUID.randomUUID(), "Lidocaine", AllergyClass.AMIDE,
                ReactionType.HIVES_OR_RASH, Severity.MILD, Instant.EPOCH, "clinician");
        allergy.voidWith(new Voiding(Instant.EPOCH, "clinician", "entered in error"));
        assertThat(allergy.active()).isFalse();
        assertThatThrownBy(() -> allergy.voidWith(new Voiding(Instant.EPOCH, "clinician", "again")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void voidingNeedsAReason() {
        assertThatThrownBy(() -> new Voiding(Instant.EPOCH, "clinician", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
