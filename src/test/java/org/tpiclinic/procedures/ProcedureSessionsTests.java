package org.tpiclinic.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.PatientId;

/**
 * Sessions against a real database and the real screening, consent, patients and dose check: open, save, sign
 * (the event stored in the same transaction), refusals, conflicts and the audit trail.
 */
@SpringBootTest
@RecordApplicationEvents
class ProcedureSessionsTests {

    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationContext context;
    @Autowired
    Procedures procedures;
    @Autowired
    SessionSigning signing;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;

    SessionFixtures fixtures;

    @BeforeEach
    void clinician() {
        fixtures = new SessionFixtures(context);
    }

    @Test
    void aLateEntryIsDatedTheDayItWasDoneWithinTwoWeeksSignedAndAuditedAsSuch() {
        var patient = fixtures.consentedPatient("Late");
        var today = procedures.open(fixtures.clinician, patient, null).performedOn();
        assertThatThrownBy(() -> procedures.openLateEntry(fixtures.clinician, patient, today.plusDays(1)))
                .isInstanceOf(SessionRefused.class).hasMessageContaining("not in the future");
        assertThatThrownBy(() -> procedures.openLateEntry(fixtures.clinician, patient,
                today.minusDays(Procedures.LATE_ENTRY_DAYS + 1))).isInstanceOf(SessionRefused.class)
                .hasMessageContaining("last 14 days");
        assertThatThrownBy(() -> procedures.openLateEntry(SessionFixtures.staff(Role.FRONT_DESK), patient,
                today.minusDays(3))).isInstanceOf(ForbiddenException.class);

        var late = procedures.openLateEntry(fixtures.clinician, patient, today.minusDays(3));
        late = procedures.revise(fixtures.clinician, patient, late.sessionId(), late.version(),
                SessionFixtures.threeMuscles("1"));
        var signed = signing.sign(fixtures.clinician, patient, late.sessionId(), late.version());
        assertThat(signed.performedOn()).isEqualTo(today.minusDays(3));
        assertThat(jdbc.sql("SELECT target FROM audit_entries WHERE patient_id = ?").param(patient.value())
                .query(String.class).list()).anyMatch(t -> t.contains("opened as a late entry for "
                        + today.minusDays(3)));
    }

    @Test
    void signsAThreeMuscleSessionAndStoresTheSignedEventInTheSameTransaction() {
        var patient = fixtures.consentedPatient("Signs");
        var session = procedures.open(fixtures.clinician, patient, null);
        session = procedures.revise(fixtures.clinician, patient, session.sessionId(), session.version(),
                SessionFixtures.threeMuscles("1"));
        var signed = signing.sign(fixtures.clinician, patient, session.sessionId(), session.version());

        assertThat(signed.signed()).isTrue();
        assertThat(signed.formularyVersion()).isPositive();
        assertThat(signed.weightKg()).isEqualByComparingTo("70.0");
        assertThat(signed.consentId()).isNotNull();
        assertThat(signed.screeningReviewId()).isNotNull();
        assertThat(signed.doseSummaryLines()).anyMatch(l -> l.startsWith("Lidocaine 1 % plain: 3.5 mL, 35"));
        var event = events.stream(InjectionSessionSigned.class).filter(e -> e.sessionId().equals(signed.sessionId()))
                .findFirst().orElseThrow();
        assertThat(event.patientId()).isEqualTo(patient);
        assertThat(event.clinicianId()).isEqualTo(signed.clinicianId());
        assertThat(event.appointmentId()).isNull();
        assertThat(event.performedOn()).isEqualTo(signed.performedOn());
        assertThat(event.signedAt()).isEqualTo(signed.signedAt());
        assertThat(event.sites()).extracting(s -> s.site().code()).containsExactly("UPPER_TRAPEZIUS_L",
                "UPPER_TRAPEZIUS_R", "LEVATOR_SCAPULAE_L", "RHOMBOIDS_R");
        assertThat(event.agents()).singleElement().satisfies(a -> {
            assertThat(a.agentCode()).isEqualTo("LIDOCAINE_1");
            assertThat(a.volume().value()).isEqualByComparingTo("3.5");
            assertThat(a.amount().value()).isEqualByComparingTo("35");
            assertThat(a.steroid()).isFalse();
        });
        assertThat(event.diagnoses()).containsExactly("M79.12", "G44.229");
        assertThat(event.painBefore()).isEqualTo(7);
        assertThat(event.painAfter()).isEqualTo(3);
        assertThat(audit(patient)).contains("injection session " + signed.id() + " signed");
    }

    @Test
    void refusesToSignOverTheLimitAndSaysWhy() {
        var patient = fixtures.consentedPatient("Overdose");
        var session = procedures.open(fixtures.clinician, patient, null);
        // 70 kg: lidocaine 1 % plain tops out at 300 mg = 30 mL
        session = procedures.revise(fixtures.clinician, patient, session.sessionId(), session.version(),
                SessionFixtures.threeMuscles("18"));
        var id = session.sessionId();
        long version = session.version();
        session = procedures.revise(fixtures.clinician, patient, id, version, withSecondSite(
                SessionFixtures.threeMuscles("18"), "15"));
        long v2 = session.version();
        assertThatThrownBy(() -> signing.sign(fixtures.clinician, patient, id, v2))
                .isInstanceOfSatisfying(SigningRefused.class, e -> assertThat(e.reasons())
                        .anyMatch(r -> r.toLowerCase().contains("maximum") || r.toLowerCase().contains("limit")));
        assertThat(procedures.get(fixtures.clinician, patient, id).signed()).isFalse();
    }

    @Test
    void refusesASiteNoConsentCovers() {
        var patient = fixtures.consentedPatient("Unconsented");
        var session = procedures.open(fixtures.clinician, patient, null);
        var d = SessionFixtures.threeMuscles("1");
        var sites = new java.util.ArrayList<>(d.sites());
        sites.add(SessionFixtures.site("GLUTEUS_MEDIUS_L", "1"));
        session = procedures.revise(fixtures.clinician, patient, session.sessionId(), session.version(),
                new Draft(d.timeOutConfirmed(), d.painBefore(), d.indication(), d.mixture(), sites, d.painAfter(),
                        d.rangeOfMotion(), d.tolerance(), d.complications(), d.diagnoses()));
        var id = session.sessionId();
        long version = session.version();
        assertThatThrownBy(() -> signing.sign(fixtures.clinician, patient, id, version))
                .isInstanceOfSatisfying(SigningRefused.class, e -> assertThat(e.reasons())
                        .containsExactly("No valid consent covers GLUTEUS_MEDIUS_L: sign consent for this site and "
                                + "agent, or remove the site."));
    }

    @Test
    void refusesTheFirstSiteWhenTheWeightIsOlderThanTheSetting() {
        var patient = fixtures.consentedPatient("Stale");
        var chart = registry.chart(SessionFixtures.staff(Role.FRONT_DESK), patient.value()).patient();
        var p = chart;
        registry.update(SessionFixtures.staff(Role.FRONT_DESK), patient.value(), p.version(), new PatientDetails(
                p.givenName(), p.familyName(), null, p.dateOfBirth(), p.sex(), null, null, null, null, null, null,
                "English", p.weight(), java.time.LocalDate.now().minusDays(45)));
        var session = procedures.open(fixtures.clinician, patient, null);
        assertThatThrownBy(() -> procedures.revise(fixtures.clinician, patient, session.sessionId(),
                session.version(), SessionFixtures.threeMuscles("1"))).isInstanceOfSatisfying(SessionRefused.class,
                        e -> assertThat(e.problems().get("sites")).contains("older than 30 days"));
    }

    @Test
    void aSecondClinicianWithAnOldVersionGetsAConflictAndTheFirstKeepsTheirs() {
        var patient = fixtures.consentedPatient("Concurrent");
        var session = procedures.open(fixtures.clinician, patient, null);
        long opened = session.version();
        var first = procedures.revise(fixtures.clinician, patient, session.sessionId(), opened,
                SessionFixtures.threeMuscles("1"));
        var other = new SessionFixtures(context).clinician;
        assertThatThrownBy(() -> procedures.revise(other, patient, session.sessionId(), opened,
                SessionFixtures.threeMuscles("2"))).isInstanceOf(ConflictException.class);
        var stored = procedures.get(fixtures.clinician, patient, session.sessionId());
        assertThat(stored.version()).isEqualTo(first.version());
        assertThat(stored.sites().get(0).volumeMl()).isEqualByComparingTo("1");
    }

    @Test
    void unknownAgentsAndSitesAreRefusedByField() {
        var patient = fixtures.consentedPatient("Unknown");
        var session = procedures.open(fixtures.clinician, patient, null);
        var d = SessionFixtures.threeMuscles("1");
        var bad = new Draft(true, 7, null, List.of(new MixturePart("SNAKE_OIL", null)), List.of(
                SessionFixtures.site("NO_SUCH_MUSCLE_L", "1")), null, null, null, List.of(), List.of("Z99.99"));
        assertThatThrownBy(() -> procedures.revise(fixtures.clinician, patient, session.sessionId(),
                session.version(), bad)).isInstanceOfSatisfying(SessionRefused.class, e -> assertThat(e.problems())
                        .containsKeys("mixture[0].agent", "sites[0].site", "diagnoses"));
        assertThat(procedures.get(fixtures.clinician, patient, session.sessionId()).sites()).isEmpty();
        assertThat(d).isNotNull();
    }

    @Test
    void signingTwiceAndEditingAfterSigningAreConflicts() {
        var patient = fixtures.consentedPatient("Twice");
        var session = procedures.open(fixtures.clinician, patient, null);
        session = procedures.revise(fixtures.clinician, patient, session.sessionId(), session.version(),
                SessionFixtures.threeMuscles("1"));
        var signed = signing.sign(fixtures.clinician, patient, session.sessionId(), session.version());
        assertThatThrownBy(() -> signing.sign(fixtures.clinician, patient, signed.sessionId(), signed.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> procedures.revise(fixtures.clinician, patient, signed.sessionId(), signed.version(),
                SessionFixtures.threeMuscles("2"))).isInstanceOf(ConflictException.class);
        var corrected = signing.addAddendum(fixtures.clinician, patient, signed.sessionId(), signed.version(),
                "Pain after", "The patient reported 2 of 10 at discharge.");
        assertThat(corrected.addenda()).hasSize(1);
        assertThat(corrected.painAfter()).isEqualTo(3);
    }

    @Test
    void onlyAClinicianWritesAndOnlyStaffRead() {
        var patient = fixtures.consentedPatient("Access");
        var session = procedures.open(fixtures.clinician, patient, null);
        assertThatThrownBy(() -> procedures.open(SessionFixtures.staff(Role.FRONT_DESK), patient, null))
                .isInstanceOf(ForbiddenException.class);
        var self = new org.tpiclinic.identity.CurrentUser(UUID.randomUUID(), "p", "P", Role.PATIENT, patient.value());
        assertThatThrownBy(() -> procedures.get(self, patient, session.sessionId()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(procedures.get(SessionFixtures.staff(Role.BILLING), patient, session.sessionId()).id())
                .isEqualTo(session.id());
        assertThatThrownBy(() -> procedures.get(fixtures.clinician, PatientId.of(UUID.randomUUID()),
                session.sessionId())).isInstanceOf(NotFoundException.class);
        assertThat(audit(patient)).contains("injection session " + session.id() + " opened ad hoc");
    }

    private List<String> audit(PatientId patient) {
        return jdbc.sql("SELECT target FROM audit_entries WHERE patient_id = ? ").param(patient.value())
                .query(String.class).list();
    }

    private static Draft withSecondSite(Draft d, String volume) {
        var sites = new java.util.ArrayList<>(d.sites());
        sites.set(1, SessionFixtures.site("UPPER_TRAPEZIUS_R", volume));
        return new Draft(d.timeOutConfirmed(), d.painBefore(), d.indication(), d.mixture(), sites, d.painAfter(),
                d.rangeOfMotion(), d.tolerance(), d.complications(), d.diagnoses());
    }
}
