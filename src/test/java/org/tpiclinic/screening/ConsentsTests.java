package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.ScreeningFixtures.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.screening.ConsentFixtures.Reviewed;
import org.tpiclinic.screening.consent.ConsentTemplate;
import org.tpiclinic.screening.consent.ConsentTemplates;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;

/**
 * Signing the plan a clinician reviewed, the stored PDF, withdrawal, expiry and what a consent covers, against a
 * real database.
 */
@SpringBootTest
class ConsentsTests {

    static final PlannedTreatment GLUTEUS = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            TestSites.left("GLUTEUS_MEDIUS"));
    static final PlannedTreatment TRAPEZIUS = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            TestSites.right("UPPER_TRAPEZIUS"));
    static final String PNEUMOTHORAX = "puncture the lung";

    @Autowired
    Consents consents;
    @Autowired
    ConsentTemplates templates;
    @Autowired
    PatientRegistry registry;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    Screening screening;
    @Autowired
    JdbcClient jdbc;

    static String png(BufferedImage image) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static String drawing() throws Exception {
        var image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_ARGB);
        image.getGraphics().drawLine(2, 10, 50, 12);
        return png(image);
    }

    static Consents.SignatureForm drawn(String name) throws Exception {
        return new Consents.SignatureForm(name, drawing(), false, null);
    }

    static Consents.SignatureForm typed(String name, String witness) {
        return new Consents.SignatureForm(name, null, true, witness);
    }

    Reviewed reviewed(String family, PlannedTreatment plan) {
        return ConsentFixtures.reviewed(registry, intake, screening, family, plan);
    }

    long stored(UUID patientId) {
        return jdbc.sql("SELECT COUNT(*) FROM consents WHERE patient_id = ?").param(patientId).query(Long.class)
                .single();
    }

    String pdfText(UUID patientId, UUID consentId) throws Exception {
        try (var document = Loader.loadPDF(consents.pdf(CLINICIAN, patientId, consentId))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfHoldsTheTypedNameAndTheLungParagraphOnlyWhenAMuscleNearTheThoraxIsPlanned() throws Exception {
        var near = reviewed("Pdfcheck", TRAPEZIUS);
        var signed = consents.sign(patient(near.patientId()), near.patientId(), near.reviewId(), drawn("Sam Pdfcheck"),
                "10.0.0.7");
        var far = reviewed("Pdffar", GLUTEUS);
        var farSigned = consents.sign(CLINICIAN, far.patientId(), far.reviewId(), typed("sam pdffar", "Wendy Witness"),
                "10.0.0.7");

        var nearText = pdfText(near.patientId(), signed.id());
        assertThat(nearText).contains("Typed name: Sam Pdfcheck").contains(PNEUMOTHORAX)
                .contains("version " + signed.templateVersion()).doesNotContain("blood sugar");
        var farText = pdfText(far.patientId(), farSigned.id());
        assertThat(farText).contains("sam pdffar").contains("Witness: Wendy Witness").doesNotContain(PNEUMOTHORAX);
        var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(consents.pdf(CLINICIAN, near.patientId(), signed.id())));
        assertThat(signed.pdfSha256()).isEqualTo(sha);
    }

    @Test
    void theConsentIsForTheReviewedPlanAndRecordsTheReviewAndTheClinician() throws Exception {
        var r = reviewed("Linked", TRAPEZIUS);
        var signed = consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(), drawn("Sam Linked"), "x");
        assertThat(signed.plan()).isEqualTo(TRAPEZIUS);
        assertThat(signed.reviewId()).isEqualTo(r.reviewId());
        assertThat(signed.obtainedBy()).isEqualTo(CLINICIAN.displayName());
        assertThat(signed.inClinic()).isFalse();
        assertThat(consents.open(patient(r.patientId()), r.patientId()).signed()).singleElement()
                .satisfies(c -> assertThat(c.reviewId()).isEqualTo(r.reviewId()));
    }

    @Test
    void aPatientSigningAloneAtHomeRecordsNoWitnessWhateverTheFormSends() throws Exception {
        var r = reviewed("Alone", GLUTEUS);
        var signed = consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(),
                typed("Sam Alone", "Someone Claimed"), "x");
        assertThat(signed.witnessName()).isNull();
        assertThat(pdfText(r.patientId(), signed.id())).doesNotContain("Witness").doesNotContain("Someone Claimed")
                .contains("Signed by the patient alone in the patient portal");
    }

    @Test
    void theSteroidParagraphAppearsOnlyWithASteroid() throws Exception {
        var r = reviewed("Steroidtext", PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true,
                TestSites.right("PIRIFORMIS")));
        var signed = consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(), drawn("Sam Steroidtext"),
                "10.0.0.8");
        assertThat(pdfText(r.patientId(), signed.id())).contains("blood sugar").doesNotContain(PNEUMOTHORAX);
    }

    @Test
    void theNameMatchesWithoutRegardToCaseOrAccents() throws Exception {
        var r = reviewed("Lefèvre", GLUTEUS);
        consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(), drawn("  SAM   lefevre "), "10.0.0.9");
        assertThat(stored(r.patientId())).isOne();
    }

    @Test
    void aWrongNameAMissingDrawingOrAnOversizedOneIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
        var r = reviewed("Refusals", GLUTEUS);
        var me = patient(r.patientId());
        assertThatThrownBy(() -> consents.sign(me, r.patientId(), r.reviewId(), drawn("Someone Else"), "x"))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("typedName"));
        assertThatThrownBy(() -> consents.sign(me, r.patientId(), r.reviewId(),
                new Consents.SignatureForm("Sam Refusals", "", false, null), "x"))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("signature"));
        var huge = "data:image/png;base64," + "A".repeat(250_000);
        assertThatThrownBy(() -> consents.sign(me, r.patientId(), r.reviewId(),
                new Consents.SignatureForm("Sam Refusals", huge, false, null), "x"))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey())
                        .isEqualTo("consent.signature.tooLarge"));
        assertThatThrownBy(() -> consents.sign(me, r.patientId(), r.reviewId(),
                new Consents.SignatureForm("Sam Refusals", "data:image/png;base64,bm90IGEgcG5n", false, null), "x"))
                .isInstanceOf(FieldRefused.class);
        assertThat(stored(r.patientId())).isZero();
    }

    @Test
    void noConsentWithoutAReviewOrAfterANotEligibleOne() throws Exception {
        var id = register(registry, "Unreviewed");
        nothingToReport(intake, FRONT_DESK, id);
        assertThat(consents.open(patient(id), id).plan()).isEmpty();
        assertThatThrownBy(() -> consents.sign(patient(id), id, UUID.randomUUID(), drawn("Sam Unreviewed"), "x"))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey())
                        .isEqualTo("consent.plan.NONE"));
        var notEligible = screening.review(CLINICIAN, id, GLUTEUS, Decision.NOT_ELIGIBLE, Map.of(), "Not now").id();
        assertThat(consents.open(patient(id), id).review().standing().name()).isEqualTo("NOT_ELIGIBLE");
        assertThatThrownBy(() -> consents.sign(patient(id), id, notEligible, drawn("Sam Unreviewed"), "x"))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey())
                        .isEqualTo("consent.plan.NOT_ELIGIBLE"));
        assertThat(stored(id)).isZero();
    }

    @Test
    void noConsentForAPlanWithAHardStopOrWhoseReviewLapsed() throws Exception {
        var stopped = reviewed("Stopped", GLUTEUS);
        registry.addAllergy(SYSTEM, stopped.patientId(), "Lidocaine", AllergyClass.AMIDE, ReactionType.ANAPHYLAXIS,
                Severity.SEVERE);
        assertThat(consents.open(CLINICIAN, stopped.patientId()).plan()).isEmpty();
        assertThatThrownBy(() -> consents.sign(CLINICIAN, stopped.patientId(), stopped.reviewId(),
                drawn("Sam Stopped"), "x")).isInstanceOfSatisfying(FieldRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.plan.HARD_STOP"));
        var lapsed = reviewed("Lapsed", GLUTEUS);
        jdbc.sql("UPDATE screening_reviews SET valid_until = reviewed_at WHERE id = ?").param(lapsed.reviewId())
                .update();
        assertThatThrownBy(() -> consents.sign(CLINICIAN, lapsed.patientId(), lapsed.reviewId(),
                drawn("Sam Lapsed"), "x")).isInstanceOfSatisfying(FieldRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.plan.LAPSED"));
        assertThat(stored(stopped.patientId()) + stored(lapsed.patientId())).isZero();
    }

    @Test
    void aPageOpenedBeforeTheClinicianChangedThePlanCannotSignTheOldOne() throws Exception {
        var r = reviewed("Changed", GLUTEUS);
        var newer = ConsentFixtures.review(screening, r.patientId(), PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN,
                false, TestSites.right("GLUTEUS_MEDIUS")));
        assertThatThrownBy(() -> consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(),
                drawn("Sam Changed"), "x")).isInstanceOf(ConflictException.class).hasMessageContaining("changed");
        consents.sign(patient(r.patientId()), r.patientId(), newer, drawn("Sam Changed"), "x");
        assertThat(consents.hasValidConsent(CLINICIAN, r.patientId(), PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN,
                false, TestSites.right("GLUTEUS_MEDIUS")))).isTrue();
        assertThat(consents.hasValidConsent(CLINICIAN, r.patientId(), GLUTEUS)).isFalse();
    }

    @Test
    void aReviewClearsOnlyTheSidesReviewedAndAPlanWithoutSidesCannotBeCleared() {
        var r = reviewed("Sided", GLUTEUS);
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, r.patientId(), GLUTEUS)).isTrue();
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, r.patientId(), PlannedTreatment.of(
                Agent.LIDOCAINE_1_PLAIN, false, TestSites.right("GLUTEUS_MEDIUS")))).isFalse();
        var unsided = PlannedTreatment.parse("LIDOCAINE_1_PLAIN;steroid=false;GLUTEUS_MEDIUS_UNRECORDED");
        assertThatThrownBy(() -> screening.review(CLINICIAN, r.patientId(), unsided, Decision.ELIGIBLE, Map.of(),
                null)).isInstanceOf(FieldRefused.class)
                .hasMessageContaining("side");
    }

    @Test
    void rejectsSecondSignatureOfTheSameValidConsent() throws Exception {
        var r = reviewed("Twice", GLUTEUS);
        consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(), drawn("Sam Twice"), "x");
        assertThatThrownBy(() -> consents.sign(CLINICIAN, r.patientId(), r.reviewId(), drawn("Sam Twice"), "x"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already signed");
        assertThat(stored(r.patientId())).isOne();
    }

    @Test
    void onlyTheClinicianOrThePatientThemselfRecordsAConsent() throws Exception {
        var r = reviewed("Whosigns", GLUTEUS);
        for (var actor : new CurrentUser[] { FRONT_DESK, BILLING, ADMIN }) {
            assertThatThrownBy(() -> consents.sign(actor, r.patientId(), r.reviewId(), drawn("Sam Whosigns"), "x"))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(stored(r.patientId())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND outcome = 'DENIED' "
                + "AND action = 'CREATE'").param(r.patientId()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aPatientCannotSignOrDownloadAnotherPatientsConsent() throws Exception {
        var mine = register(registry, "Mine");
        var theirs = reviewed("Theirs", GLUTEUS);
        var signed = consents.sign(patient(theirs.patientId()), theirs.patientId(), theirs.reviewId(),
                drawn("Sam Theirs"), "x");
        assertThatThrownBy(() -> consents.sign(patient(mine), theirs.patientId(), theirs.reviewId(),
                drawn("Sam Theirs"), "x")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consents.pdf(patient(mine), theirs.patientId(), signed.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consents.hasValidConsent(patient(mine), theirs.patientId(), GLUTEUS))
                .isInstanceOf(ForbiddenException.class);
        assertThat(stored(theirs.patientId())).isOne();
    }

    @Test
    void aConsentCoversOnlyTheAgentSteroidAndSitesWithTheirSidesSignedFor() throws Exception {
        var both = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.left("UPPER_TRAPEZIUS"), TestSites.right("UPPER_TRAPEZIUS"),
                TestSites.left("GLUTEUS_MEDIUS"));
        var r = reviewed("Covers", both);
        consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(), drawn("Sam Covers"), "x");
        var id = r.patientId();
        assertThat(consents.hasValidConsent(CLINICIAN, id, both)).isTrue();
        assertThat(consents.hasValidConsent(CLINICIAN, id, TRAPEZIUS)).isTrue();
        assertThat(consents.hasValidConsent(CLINICIAN, id, GLUTEUS)).isTrue();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
                TestSites.right("GLUTEUS_MEDIUS")))).as("the other side").isFalse();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true,
                TestSites.right("UPPER_TRAPEZIUS")))).isFalse();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
                TestSites.right("RHOMBOIDS")))).isFalse();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.PROCAINE_05, false,
                TestSites.right("UPPER_TRAPEZIUS")))).isFalse();
    }

    @Test
    void aWithdrawnConsentIsNoLongerValidAndCanThenBeSignedAgain() throws Exception {
        var r = reviewed("Withdraws", GLUTEUS);
        var id = r.patientId();
        var signed = consents.sign(patient(id), id, r.reviewId(), drawn("Sam Withdraws"), "x");
        assertThatThrownBy(() -> consents.withdraw(patient(id), id, signed.id(), " "))
                .isInstanceOf(FieldRefused.class);
        consents.withdraw(patient(id), id, signed.id(), "Changed my mind");
        assertThat(consents.hasValidConsent(CLINICIAN, id, GLUTEUS)).isFalse();
        assertThatThrownBy(() -> consents.withdraw(CLINICIAN, id, signed.id(), "again"))
                .isInstanceOf(ConflictException.class);
        consents.sign(patient(id), id, r.reviewId(), drawn("Sam Withdraws"), "x");
        assertThat(consents.hasValidConsent(CLINICIAN, id, GLUTEUS)).isTrue();
    }

    @Test
    void anExpiredConsentIsNoLongerValid() throws Exception {
        var r = reviewed("Expires", GLUTEUS);
        var signed = consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(), drawn("Sam Expires"), "x");
        assertThat(signed.validUntil()).isAfter(signed.signedAt().plus(Duration.ofDays(364)));
        jdbc.sql("UPDATE consents SET valid_until = ? WHERE id = ?")
                .params(signed.signedAt().minusSeconds(1).atOffset(ZoneOffset.UTC), signed.id()).update();
        assertThat(consents.hasValidConsent(CLINICIAN, r.patientId(), GLUTEUS)).isFalse();
    }

    @Test
    void editingTheTextAddsAVersionAndKeepsTheOldOne() {
        var before = templates.latest();
        var edited = new ConsentTemplate(0, before.createdAt(), "", "Clearer words",
                before.procedureText(), before.agentsText(), before.benefitsText(), before.alternativesText(),
                before.risksText(), before.thoraxRiskText(), before.steroidRiskText(), before.refusalText() + " Ask us.");
        assertThatThrownBy(() -> templates.revise(CLINICIAN, edited)).isInstanceOf(ForbiddenException.class);
        var saved = templates.revise(ADMIN, edited);
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(templates.find(before.version())).contains(before);
        assertThat(templates.latest().refusalText()).endsWith("Ask us.");
    }
}
