package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.ScreeningFixtures.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.consent.ConsentRefused;
import org.tpiclinic.screening.consent.ConsentTemplates;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;

/** Signing, the stored PDF, withdrawal, expiry and what a consent covers, against a real database. */
@SpringBootTest
class ConsentsTests {

    static final PlannedTreatment GLUTEUS = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, Muscle.GLUTEUS_MEDIUS);
    static final PlannedTreatment TRAPEZIUS = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            Muscle.UPPER_TRAPEZIUS);
    static final String PNEUMOTHORAX = "puncture the lung";

    @Autowired
    Consents consents;
    @Autowired
    ConsentTemplates templates;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;

    static String drawing() throws Exception {
        var image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_ARGB);
        image.getGraphics().drawLine(2, 10, 50, 12);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static Consents.SignatureForm drawn(String name) throws Exception {
        return new Consents.SignatureForm(name, drawing(), false, null);
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
        var id = register(registry, "Pdfcheck");
        var near = consents.sign(patient(id), id, TRAPEZIUS, drawn("Sam Pdfcheck"), "10.0.0.7");
        var far = consents.sign(patient(id), id, GLUTEUS, new Consents.SignatureForm("sam pdfcheck", null, true,
                "Wendy Witness"), "10.0.0.7");

        var nearText = pdfText(id, near.id());
        assertThat(nearText).contains("Typed name: Sam Pdfcheck").contains(PNEUMOTHORAX)
                .contains("version " + near.templateVersion()).contains("UTC").doesNotContain("blood sugar");
        var farText = pdfText(id, far.id());
        assertThat(farText).contains("sam pdfcheck").contains("Witness: Wendy Witness").doesNotContain(PNEUMOTHORAX);
        var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(consents.pdf(CLINICIAN, id, near.id())));
        assertThat(near.pdfSha256()).isEqualTo(sha);
    }

    @Test
    void theSteroidParagraphAppearsOnlyWithASteroid() throws Exception {
        var id = register(registry, "Steroidtext");
        var signed = consents.sign(patient(id), id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true,
                Muscle.PIRIFORMIS), drawn("Sam Steroidtext"), "10.0.0.8");
        assertThat(pdfText(id, signed.id())).contains("blood sugar").doesNotContain(PNEUMOTHORAX);
    }

    @Test
    void theNameMatchesWithoutRegardToCaseOrAccents() throws Exception {
        var id = register(registry, "Lefèvre");
        consents.sign(patient(id), id, GLUTEUS, drawn("  SAM   lefevre "), "10.0.0.9");
        assertThat(stored(id)).isOne();
    }

    @Test
    void aWrongNameAMissingDrawingOrAnOversizedOneIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
        var id = register(registry, "Refusals");
        assertThatThrownBy(() -> consents.sign(patient(id), id, GLUTEUS, drawn("Someone Else"), "x"))
                .isInstanceOfSatisfying(ConsentRefused.class, r -> assertThat(r.field()).isEqualTo("typedName"));
        assertThatThrownBy(() -> consents.sign(patient(id), id, GLUTEUS,
                new Consents.SignatureForm("Sam Refusals", "", false, null), "x"))
                .isInstanceOfSatisfying(ConsentRefused.class, r -> assertThat(r.field()).isEqualTo("signature"));
        var huge = "data:image/png;base64," + "A".repeat(250_000);
        assertThatThrownBy(() -> consents.sign(patient(id), id, GLUTEUS,
                new Consents.SignatureForm("Sam Refusals", huge, false, null), "x"))
                .isInstanceOfSatisfying(ConsentRefused.class, r -> assertThat(r.messageKey())
                        .isEqualTo("consent.signature.tooLarge"));
        assertThatThrownBy(() -> consents.sign(patient(id), id, GLUTEUS,
                new Consents.SignatureForm("Sam Refusals", "data:image/png;base64,bm90IGEgcG5n", false, null), "x"))
                .isInstanceOf(ConsentRefused.class);
        assertThat(stored(id)).isZero();
    }

    @Test
    void rejectsSecondSignatureOfTheSameValidConsent() throws Exception {
        var id = register(registry, "Twice");
        consents.sign(patient(id), id, GLUTEUS, drawn("Sam Twice"), "x");
        assertThatThrownBy(() -> consents.sign(CLINICIAN, id, GLUTEUS, drawn("Sam Twice"), "x"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already signed");
        assertThat(stored(id)).isOne();
    }

    @Test
    void aPatientCannotSignOrDownloadAnotherPatientsConsent() throws Exception {
        var mine = register(registry, "Mine");
        var theirs = register(registry, "Theirs");
        var signed = consents.sign(patient(theirs), theirs, GLUTEUS, drawn("Sam Theirs"), "x");
        assertThatThrownBy(() -> consents.sign(patient(mine), theirs, GLUTEUS, drawn("Sam Theirs"), "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consents.pdf(patient(mine), theirs, signed.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consents.hasValidConsent(patient(mine), theirs, GLUTEUS))
                .isInstanceOf(ForbiddenException.class);
        assertThat(stored(theirs)).isOne();
    }

    @Test
    void aConsentCoversOnlyTheAgentSteroidAndThoraxSitesSignedFor() throws Exception {
        var id = register(registry, "Covers");
        consents.sign(patient(id), id, TRAPEZIUS, drawn("Sam Covers"), "x");
        assertThat(consents.hasValidConsent(CLINICIAN, id, TRAPEZIUS)).isTrue();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
                Muscle.UPPER_TRAPEZIUS, Muscle.GLUTEUS_MEDIUS))).isTrue();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true,
                Muscle.UPPER_TRAPEZIUS))).isFalse();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
                Muscle.RHOMBOIDS))).isFalse();
        assertThat(consents.hasValidConsent(CLINICIAN, id, PlannedTreatment.of(Agent.PROCAINE_05, false,
                Muscle.UPPER_TRAPEZIUS))).isFalse();
    }

    @Test
    void aWithdrawnConsentIsNoLongerValidAndCanThenBeSignedAgain() throws Exception {
        var id = register(registry, "Withdraws");
        var signed = consents.sign(patient(id), id, GLUTEUS, drawn("Sam Withdraws"), "x");
        assertThatThrownBy(() -> consents.withdraw(patient(id), id, signed.id(), " "))
                .isInstanceOf(ConsentRefused.class);
        consents.withdraw(patient(id), id, signed.id(), "Changed my mind");
        assertThat(consents.hasValidConsent(CLINICIAN, id, GLUTEUS)).isFalse();
        assertThatThrownBy(() -> consents.withdraw(CLINICIAN, id, signed.id(), "again"))
                .isInstanceOf(ConflictException.class);
        consents.sign(patient(id), id, GLUTEUS, drawn("Sam Withdraws"), "x");
        assertThat(consents.hasValidConsent(CLINICIAN, id, GLUTEUS)).isTrue();
    }

    @Test
    void anExpiredConsentIsNoLongerValid() throws Exception {
        var id = register(registry, "Expires");
        var signed = consents.sign(patient(id), id, GLUTEUS, drawn("Sam Expires"), "x");
        assertThat(signed.validUntil()).isAfter(signed.signedAt().plus(java.time.Duration.ofDays(364)));
        jdbc.sql("UPDATE consents SET valid_until = ? WHERE id = ?")
                .params(signed.signedAt().minusSeconds(1).atOffset(java.time.ZoneOffset.UTC), signed.id()).update();
        assertThat(consents.hasValidConsent(CLINICIAN, id, GLUTEUS)).isFalse();
    }

    @Test
    void editingTheTextAddsAVersionAndKeepsTheOldOne() {
        var before = templates.latest();
        var edited = new org.tpiclinic.screening.consent.ConsentTemplate(0, before.createdAt(), "", "Clearer words",
                before.procedureText(), before.agentsText(), before.benefitsText(), before.alternativesText(),
                before.risksText(), before.thoraxRiskText(), before.steroidRiskText(), before.refusalText() + " Ask us.");
        assertThatThrownBy(() -> templates.revise(CLINICIAN, edited)).isInstanceOf(ForbiddenException.class);
        var saved = templates.revise(ADMIN, edited);
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(templates.find(before.version())).contains(before);
        assertThat(templates.latest().refusalText()).endsWith("Ask us.");
    }
}
