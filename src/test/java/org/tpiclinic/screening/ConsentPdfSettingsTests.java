package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.screening.ScreeningFixtures.*;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;

/** A practice that prints on A4 and works in another zone gets its consent PDFs that way. */
@SpringBootTest(properties = { "tpi.consent.page-size=A4", "tpi.practice.zone=Europe/Berlin",
        "tpi.practice.name=Praxis am Hafen" })
class ConsentPdfSettingsTests {

    @Autowired
    Consents consents;
    @Autowired
    PatientRegistry registry;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    Screening screening;

    @Test
    void thePaperSizeZoneAndLetterheadFollowThePracticesSettings() throws Exception {
        var r = ConsentFixtures.reviewed(registry, intake, screening, "Afour", PlannedTreatment.of(Agent.SALINE,
                false, TestSites.left("PIRIFORMIS")));
        var signed = consents.sign(patient(r.patientId()), r.patientId(), r.reviewId(),
                ConsentsTests.drawn("Sam Afour"), "x");
        try (var document = Loader.loadPDF(consents.pdf(CLINICIAN, r.patientId(), signed.id()))) {
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1.5f));
            assertThat(page.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1.5f));
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Praxis am Hafen").contains("Normal saline, left piriformis")
                    .containsPattern("Signed on .* (CET|CEST|Central European)");
        }
    }
}
