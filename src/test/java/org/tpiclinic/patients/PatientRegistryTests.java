package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.Kilograms;

/** The patients API against a real database (H2 here; PostgreSQL in {@link PatientRegistryPostgresTests}). */
@SpringBootTest
class PatientRegistryTests {

    static final CurrentUser FRONT_DESK = new CurrentUser(UUID.randomUUID(), "frontdesk", "Front", Role.FRONT_DESK,
            null);
    static final CurrentUser CLINICIAN = new CurrentUser(UUID.randomUUID(), "clinician", "Clin", Role.CLINICIAN,
            null);
    static final CurrentUser BILLING = new CurrentUser(UUID.randomUUID(), "billing", "Bill", Role.BILLING, null);

    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubstanceCatalog catalog;

    static String unique(String base) {
        // A distinct letter suffix per call keeps tests independent on a shared database.
        long n = System.nanoTime() % 100_000;
        var suffix = new StringBuilder();
        while (n > 0) {
            suffix.append((char) ('a' + n % 26));
            n /= 26;
        }
        return base + suffix;
    }

    Patient register(String given, String family, LocalDate dob, String phone) {
        var details = new PatientDetails(given, family, null, dob, Sex.FEMALE, phone, null, null, null, null, null,
                "English", Kilograms.of("68.5"), LocalDate.now().minusDays(3));
        return registry.register(FRONT_DESK, details, false).registered();
    }

    long auditCount(UUID patientId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action = ?")
                .params(patientId, action).query(Long.class).single();
    }

    @Test
    void registersWithAnMrnAndAuditsTheCreation() {
        var p = register("Ines", unique("Okafor"), LocalDate.of(1979, 4, 2), "(631) 555-0111");
        assertThat(Mrn.isValid(p.mrn())).isTrue();
        assertThat(auditCount(p.id(), "CREATE")).isEqualTo(1);
    }

    @Test
    void findsByNameDespiteCaseAccentsPrefixAndOneTypo() {
        String family = unique("Zelazny");
        var p = register("José", family, LocalDate.of(1970, 1, 15), null);
        assertThat(registry.search(FRONT_DESK, family.toUpperCase())).extracting(Patient::id).contains(p.id());
        assertThat(registry.search(FRONT_DESK, "jose " + family)).extracting(Patient::id).contains(p.id());
        assertThat(registry.search(FRONT_DESK, family.substring(0, 4))).extracting(Patient::id).contains(p.id());
        String typo = family.charAt(0) + family.substring(2, 3) + family.substring(1, 2) + family.substring(3);
        assertThat(registry.search(FRONT_DESK, typo)).extracting(Patient::id).contains(p.id());
        assertThat(registry.search(FRONT_DESK, "Jsoe " + family)).extracting(Patient::id).contains(p.id());
        assertThat(registry.search(FRONT_DESK, "Xavier " + family)).extracting(Patient::id).doesNotContain(p.id());
    }

    @Test
    void ranksWholeNamesBeforePrefixesBeforeTyposThenByName() {
        String family = unique("Quarrington");
        String longer = family + "e";
        String typo = family.substring(0, 1) + family.substring(2, 3) + family.substring(1, 2) + family.substring(3);
        var zed = register("Zed", family, LocalDate.of(1970, 1, 1), null);
        var abe = register("Abe", family, LocalDate.of(1971, 1, 1), null);
        var prefixOnly = register("Ann", longer, LocalDate.of(1972, 1, 1), null);
        var typoOnly = register("Bo", typo, LocalDate.of(1973, 1, 1), null);
        assertThat(registry.search(FRONT_DESK, family)).extracting(Patient::id)
                .containsExactly(abe.id(), zed.id(), prefixOnly.id(), typoOnly.id());
    }

    @Test
    void findsByDateOfBirthMrnAndPhone() {
        var dob = LocalDate.of(1931, 2, 3);
        var p = register("Olu", unique("Adeyemi"), dob, "+1 (212) 555-0177");
        assertThat(registry.search(FRONT_DESK, "1931-02-03")).extracting(Patient::id).contains(p.id());
        assertThat(registry.search(FRONT_DESK, "2/3/1931")).extracting(Patient::id).contains(p.id());
        assertThat(registry.search(FRONT_DESK, p.mrn())).extracting(Patient::id).containsExactly(p.id());
        assertThat(registry.search(FRONT_DESK, "212-555-0177")).extracting(Patient::id).contains(p.id());
    }

    @Test
    void auditsASearchAsOneQueryNotOneReadPerRow() {
        String family = unique("Lindqvist");
        register("A", family, LocalDate.of(1980, 1, 1), null);
        register("B", family, LocalDate.of(1981, 1, 1), null);
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
        assertThat(registry.search(FRONT_DESK, family)).hasSize(2);
        long after = jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
        assertThat(after - before).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action FROM audit_entries ORDER BY seq DESC LIMIT 1").query(String.class)
                .single()).isEqualTo("QUERY");
    }

    @Test
    void warnsOfAPossibleDuplicateUntilConfirmed() {
        String family = unique("Castellanos");
        var first = register("Marta", family, LocalDate.of(1965, 6, 6), null);
        var details = new PatientDetails("marta", family.toUpperCase(), null, LocalDate.of(1965, 6, 6), Sex.FEMALE,
                null, null, null, null, null, null, "Spanish", null, null);
        var warned = registry.register(FRONT_DESK, details, false);
        assertThat(warned.done()).isFalse();
        assertThat(warned.possibleDuplicates()).extracting(Patient::id).containsExactly(first.id());
        assertThat(registry.register(FRONT_DESK, details, true).done()).isTrue();
    }

    @Test
    void voidsAnAllergyKeepingItAsHistory() {
        var p = register("Kai", unique("Nakamura"), LocalDate.of(1990, 3, 3), null);
        var allergy = registry.addAllergy(FRONT_DESK, p.id(), "Lidocaine", AllergyClass.AMIDE,
                ReactionType.HIVES_OR_RASH, Severity.MODERATE);
        registry.voidEntry(CLINICIAN, p.id(), PatientEntries.Kind.ALLERGY, allergy.id(), "entered in error");
        var chart = registry.chart(FRONT_DESK, p.id());
        assertThat(chart.allergies()).hasSize(1);
        assertThat(chart.activeAllergies()).isEmpty();
        assertThat(chart.allergies().get(0).voiding().reason()).isEqualTo("entered in error");
        assertThat(chart.allergies().get(0).voiding().by()).isEqualTo("clinician");
        assertThat(auditCount(p.id(), "VOID")).isEqualTo(1);
        assertThatThrownBy(() -> registry.voidEntry(CLINICIAN, p.id(), PatientEntries.Kind.ALLERGY,
                allergy.id(), "again")).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAClinicianVoidsWhatAScreeningRuleBlocksOn() {
        var p = register("Ines", unique("Okafor"), LocalDate.of(1980, 4, 4), null);
        var allergy = registry.addAllergy(FRONT_DESK, p.id(), "Latex", AllergyClass.LATEX, ReactionType.HIVES_OR_RASH,
                Severity.MILD);
        var thinner = registry.addMedication(FRONT_DESK, p.id(), "Coumadin", DrugClass.OTHER, "3 mg");
        var statin = registry.addMedication(FRONT_DESK, p.id(), "Atorvastatin", DrugClass.OTHER, null);
        var condition = registry.addCondition(FRONT_DESK, p.id(), ConditionKind.BLEEDING_DISORDER, null);

        assertThatThrownBy(() -> registry.voidEntry(FRONT_DESK, p.id(), PatientEntries.Kind.ALLERGY, allergy.id(),
                "wrong")).isInstanceOf(ForbiddenException.class);
        // recorded as "other" long ago, but the catalogue knows Coumadin is warfarin
        assertThatThrownBy(() -> registry.voidEntry(FRONT_DESK, p.id(), PatientEntries.Kind.MEDICATION,
                thinner.id(), "stopped")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registry.voidEntry(FRONT_DESK, p.id(), PatientEntries.Kind.CONDITION,
                condition.id(), "wrong")).isInstanceOf(ForbiddenException.class);
        registry.voidEntry(FRONT_DESK, p.id(), PatientEntries.Kind.MEDICATION, statin.id(), "stopped");
        assertThat(registry.chart(FRONT_DESK, p.id()).activeAllergies()).hasSize(1);
        assertThat(registry.chart(FRONT_DESK, p.id()).activeConditions()).hasSize(1);
        assertThat(auditCount(p.id(), "VOID")).as("three refusals and one void, each audited").isEqualTo(4);

        assertThatThrownBy(() -> registry.voidEntry(CLINICIAN, p.id(), PatientEntries.Kind.MEDICATION,
                thinner.id(), " ")).isInstanceOf(IllegalArgumentException.class);
        registry.voidEntry(CLINICIAN, p.id(), PatientEntries.Kind.MEDICATION, thinner.id(), "stopped by cardiology");
        assertThat(registry.chart(FRONT_DESK, p.id()).activeMedications()).isEmpty();
    }

    @Test
    void noKnownAllergiesIsOnlySaidWhenAffirmedAndAnAllergyWithdrawsIt() {
        var p = register("Ola", unique("Berg"), LocalDate.of(1985, 2, 2), null);
        assertThat(registry.chart(FRONT_DESK, p.id()).noKnownAllergiesAffirmed()).isFalse();

        registry.affirmNoKnownAllergies(FRONT_DESK, p.id());
        var chart = registry.chart(FRONT_DESK, p.id());
        assertThat(chart.noKnownAllergiesAffirmed()).isTrue();
        assertThat(chart.noKnownAllergies().by()).isEqualTo("frontdesk");

        registry.addAllergy(FRONT_DESK, p.id(), "Penicillin", AllergyClass.OTHER, ReactionType.HIVES_OR_RASH,
                Severity.MILD);
        assertThat(registry.chart(FRONT_DESK, p.id()).noKnownAllergiesAffirmed()).isFalse();
        assertThat(registry.chart(FRONT_DESK, p.id()).noKnownAllergies()).isNull();
        assertThatThrownBy(() -> registry.affirmNoKnownAllergies(FRONT_DESK, p.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registry.affirmNoKnownAllergies(BILLING, p.id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void flagsBloodThinnersFromTheCatalog() {
        // As the front desk types them: a brand and a misspelling, classed by the catalogue, not by the test.
        var thinner = catalog.match("Eliquis").orElseThrow().entry();
        var misspelt = catalog.match("warfrin").orElseThrow().entry();
        var notAThinner = catalog.entries().stream()
                .filter(e -> e.drugClass() != null && !e.drugClass().affectsBleeding()).findFirst().orElseThrow();
        assertThat(thinner.drugClass()).isEqualTo(DrugClass.ANTICOAGULANT);

        var p = register("Lee", unique("Brennan"), LocalDate.of(1950, 3, 3), null);
        registry.addMedication(FRONT_DESK, p.id(), notAThinner.name(), notAThinner.drugClass(), null);
        assertThat(registry.chart(FRONT_DESK, p.id()).onBloodThinner()).as(notAThinner.name()).isFalse();
        registry.addMedication(FRONT_DESK, p.id(), thinner.name(), thinner.drugClass(), "5 mg twice daily");
        assertThat(registry.chart(FRONT_DESK, p.id()).onBloodThinner()).isTrue();

        var q = register("Ola", unique("Brennan"), LocalDate.of(1951, 4, 4), null);
        registry.addMedication(FRONT_DESK, q.id(), misspelt.name(), misspelt.drugClass(), null);
        assertThat(registry.chart(FRONT_DESK, q.id()).onBloodThinner()).as(misspelt.name()).isTrue();
    }

    @Test
    void refusesAStaleEditWithAConflict() {
        var p = register("Ada", unique("Lovelace"), LocalDate.of(1985, 12, 10), null);
        var changed = new PatientDetails("Ada", p.familyName(), "Addie", p.dateOfBirth(), Sex.FEMALE, null, null,
                null, null, null, null, "English", null, null);
        registry.update(FRONT_DESK, p.id(), p.version(), changed);
        assertThatThrownBy(() -> registry.update(FRONT_DESK, p.id(), p.version(), changed))
                .isInstanceOf(ConflictException.class);
        assertThat(auditCount(p.id(), "UPDATE")).isEqualTo(1);
    }

    @Test
    void billingReadsButCannotChangeAndTheRefusalIsAudited() {
        var p = register("Bo", unique("Svensson"), LocalDate.of(1975, 5, 5), null);
        assertThat(registry.chart(BILLING, p.id()).patient().id()).isEqualTo(p.id());
        assertThatThrownBy(() -> registry.addCondition(BILLING, p.id(), ConditionKind.DIABETES, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND outcome = 'DENIED'")
                .param(p.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(registry.chart(BILLING, p.id()).conditions()).isEmpty();
    }

    @Test
    void aPatientReachesOnlyTheirOwnRecord() {
        var own = register("Pat", unique("Own"), LocalDate.of(1988, 8, 8), null);
        var other = register("Oth", unique("Other"), LocalDate.of(1989, 9, 9), null);
        var patient = new CurrentUser(UUID.randomUUID(), "pat", "Pat", Role.PATIENT, own.id());
        assertThat(registry.chart(patient, own.id()).patient().id()).isEqualTo(own.id());
        assertThatThrownBy(() -> registry.chart(patient, other.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registry.search(patient, "Oth")).isInstanceOf(ForbiddenException.class);
    }
}
