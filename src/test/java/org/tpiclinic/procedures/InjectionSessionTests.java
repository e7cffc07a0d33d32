package org.tpiclinic.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;
import org.tpiclinic.shared.PatientId;

class InjectionSessionTests {

    static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final InjectionSession.Signer DR = new InjectionSession.Signer("clinician", "Dr Ada Stone");
    static final DoseCheck.DoseReport SAFE = new DoseCheck.DoseReport(3, List.of(new DoseCheck.AgentTotal(
            "LIDOCAINE_1", "Lidocaine 1 % plain", Millilitres.of("3"), Milligrams.of("30"),
            Optional.of(Milligrams.of("300")), Optional.of(new BigDecimal("0.1")))), Optional.of(new BigDecimal("0.1")),
            List.of());
    static final List<InjectionSessionSigned.AgentGiven> GIVEN = List.of(new InjectionSessionSigned.AgentGiven(
            "LIDOCAINE_1", "Lidocaine 1 % plain", Millilitres.of("3"), Milligrams.of("30"), false));

    final PatientId patient = PatientId.of(UUID.randomUUID());
    final InjectionSession session = InjectionSession.open(patient, ClinicianId.of(UUID.randomUUID()), "Dr Ada Stone",
            AppointmentId.of(UUID.randomUUID()), LocationId.of(UUID.randomUUID()), LocalDate.of(2026, 12, 3),
            "clinician", NOW);

    static SafetyFacts ready(DoseCheck.DoseReport dose, Set<String> unconsented) {
        return new SafetyFacts(3, new BigDecimal("70.0"), LocalDate.of(2026, 11, 30), true, 30, UUID.randomUUID(),
                UUID.randomUUID(), unconsented, dose, GIVEN, List.of());
    }

    static SafetyFacts noWeight() {
        return new SafetyFacts(3, null, null, false, 30, UUID.randomUUID(), UUID.randomUUID(), Set.of(), SAFE, GIVEN,
                List.of());
    }

    static Draft complete() {
        return new Draft(true, 7, "Taut bands with referred pain to the temple", List.of(new MixturePart(
                "LIDOCAINE_1", null)), List.of(
                        new SessionSite("UPPER_TRAPEZIUS_L", Technique.INJECTION, 25, 38, true, new BigDecimal("1")),
                        new SessionSite("UPPER_TRAPEZIUS_R", Technique.INJECTION, 25, 38, false, new BigDecimal("1")),
                        new SessionSite("LEVATOR_SCAPULAE_L", Technique.DRY_NEEDLING, 27, 30, true, null)),
                3, "Full neck rotation", Tolerance.WELL, List.of(new Complication(ComplicationKind.NONE, null)),
                List.of("M79.12", "G44.229"));
    }

    @Test
    void refusesTheFirstSiteBeforeTheTimeOutAndThePainScore() {
        var d = complete();
        var early = new Draft(false, null, null, d.mixture(), d.sites(), null, null, null, List.of(), List.of());
        assertThatThrownBy(() -> session.revise(0, early, ready(SAFE, Set.of()), "clinician", NOW))
                .isInstanceOfSatisfying(SessionRefused.class, e -> assertThat(e.problems().get("sites"))
                        .contains("time-out").contains("pain score before"));
        assertThat(session.sites()).isEmpty();
    }

    @Test
    void refusesTheFirstSiteWithoutACurrentWeight() {
        assertThatThrownBy(() -> session.revise(0, complete(), noWeight(), "clinician", NOW))
                .isInstanceOfSatisfying(SessionRefused.class,
                        e -> assertThat(e.problems().get("sites")).contains("weight is not recorded"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        session.revise(0, complete(), ready(SAFE, Set.of()), "clinician", NOW);
        assertThatThrownBy(() -> session.revise(7, complete(), ready(SAFE, Set.of()), "clinician", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Someone else saved");
    }

    @Test
    void implausibleInputIsRefusedByFieldAndNothingChanges() {
        var d = complete();
        var bad = new Draft(true, 11, null, List.of(new MixturePart("LIDOCAINE_1", new BigDecimal("-1")),
                new MixturePart("TRIAMCINOLONE_40", new BigDecimal("1"))), List.of(new SessionSite(" ",
                        Technique.INJECTION, 12, 38, false, new BigDecimal("50"))), null, null, null, List.of(),
                List.of());
        assertThatThrownBy(() -> session.revise(0, bad, ready(SAFE, Set.of()), "clinician", NOW))
                .isInstanceOfSatisfying(SessionRefused.class, e -> assertThat(e.problems()).containsKeys("painBefore",
                        "mixture[0].volume", "sites[0].site", "sites[0].gauge", "sites[0].volume"));
        assertThat(session.painBefore()).isNull();
        assertThat(d.sites()).hasSize(3);
    }

    @Test
    void signsACompleteSafeSessionAndRegistersTheSignedEventWithEveryFact() {
        session.revise(0, complete(), ready(SAFE, Set.of()), "clinician", NOW);
        session.check(ready(SAFE, Set.of()));
        session.sign(DR, CLOCK);
        assertThat(session.signed()).isTrue();
        assertThat(session.signedAt()).isEqualTo(NOW);
        assertThat(session.formularyVersion()).isEqualTo(3);
        var events = session.pendingEvents();
        assertThat(events).hasSize(1);
        var signed = (InjectionSessionSigned) events.iterator().next();
        assertThat(signed.sessionId()).isEqualTo(session.sessionId());
        assertThat(signed.patientId()).isEqualTo(patient);
        assertThat(signed.appointmentId()).isEqualTo(session.appointmentId());
        assertThat(signed.locationId()).isEqualTo(session.locationId());
        assertThat(signed.performedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(signed.sites()).containsExactly(
                new InjectionSessionSigned.TreatedSite(new BodySite("UPPER_TRAPEZIUS", Side.LEFT), Technique.INJECTION),
                new InjectionSessionSigned.TreatedSite(new BodySite("UPPER_TRAPEZIUS", Side.RIGHT), Technique.INJECTION),
                new InjectionSessionSigned.TreatedSite(new BodySite("LEVATOR_SCAPULAE", Side.LEFT),
                        Technique.DRY_NEEDLING));
        assertThat(signed.agents()).isEqualTo(GIVEN);
        assertThat(signed.diagnoses()).containsExactly("M79.12", "G44.229");
        assertThat(signed.painBefore()).isEqualTo(7);
        assertThat(signed.painAfter()).isEqualTo(3);
    }

    @Test
    void refusesToSignWithEveryReasonWhenTheDoseBlocksAndASiteIsUnconsented() {
        session.revise(0, complete(), ready(SAFE, Set.of()), "clinician", NOW);
        var over = new DoseCheck.DoseReport(3, SAFE.totals(), Optional.of(new BigDecimal("1.2")), List.of(
                new DoseCheck.DoseNotice("DOSE_OVER_LIMIT", "Lidocaine is 120 % of this patient's maximum.", true,
                        "US label")));
        session.check(ready(over, Set.of("LEVATOR_SCAPULAE_L")));
        assertThatThrownBy(() -> session.sign(DR, CLOCK)).isInstanceOfSatisfying(SigningRefused.class,
                e -> assertThat(e.reasons()).anyMatch(r -> r.contains("120 %"))
                        .anyMatch(r -> r.contains("No valid consent covers LEVATOR_SCAPULAE_L")));
        assertThat(session.signed()).isFalse();
        assertThat(session.pendingEvents()).isEmpty();
    }

    @Test
    void refusesToSignWhatIsMissing() {
        session.check(noWeight());
        assertThatThrownBy(() -> session.sign(DR, CLOCK)).isInstanceOfSatisfying(SigningRefused.class,
                e -> assertThat(e.reasons()).anyMatch(r -> r.contains("time-out"))
                        .anyMatch(r -> r.contains("at least one treated site"))
                        .anyMatch(r -> r.contains("weight is not recorded"))
                        .anyMatch(r -> r.contains("at least one diagnosis"))
                        .anyMatch(r -> r.contains("complications")));
    }

    @Test
    void aComplicationNeedsTheActionTaken() {
        var d = complete();
        var hematoma = new Draft(true, 7, "x", d.mixture(), d.sites(), 3, "full", Tolerance.FAIR, List.of(
                new Complication(ComplicationKind.HEMATOMA, null)), d.diagnoses());
        session.revise(0, hematoma, ready(SAFE, Set.of()), "clinician", NOW);
        session.check(ready(SAFE, Set.of()));
        assertThat(session.signingProblems()).containsExactly("Record the action taken for hematoma.");
    }

    @Test
    void rejectsSecondSignatureAndEditsAfterSigning() {
        session.revise(0, complete(), ready(SAFE, Set.of()), "clinician", NOW);
        session.check(ready(SAFE, Set.of()));
        session.sign(DR, CLOCK);
        assertThatThrownBy(() -> session.sign(DR, CLOCK)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("signed and locked");
        assertThatThrownBy(() -> session.revise(0, complete(), ready(SAFE, Set.of()), "clinician", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(session.pendingEvents()).hasSize(1);
    }

    @Test
    void addendaAreAppendedInOrderWithReasonAuthorAndTimeAndTheNoteStaysAsSigned() {
        session.revise(0, complete(), ready(SAFE, Set.of()), "clinician", NOW);
        session.check(ready(SAFE, Set.of()));
        session.sign(DR, CLOCK);
        session.addAddendum(0, "Typo", "Pain after was 2, not 3.", DR, NOW.plusSeconds(60));
        session.addAddendum(0, "Follow-up call", "No soreness the next day.", DR, NOW.plusSeconds(3600));
        assertThat(session.addenda()).extracting(Addendum::reason).containsExactly("Typo", "Follow-up call");
        assertThat(session.addenda().get(0).authorName()).isEqualTo("Dr Ada Stone");
        assertThat(session.addenda().get(1).writtenAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(session.painAfter()).isEqualTo(3);
        assertThatThrownBy(() -> session.addAddendum(0, " ", "", DR, NOW)).isInstanceOfSatisfying(
                SessionRefused.class, e -> assertThat(e.problems()).containsKeys("reason", "body"));
    }

    @Test
    void addendaAreOnlyForSignedNotes() {
        assertThatThrownBy(() -> session.addAddendum(0, "Typo", "x", DR, NOW)).isInstanceOf(ConflictException.class);
    }
}
