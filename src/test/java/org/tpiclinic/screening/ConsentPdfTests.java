package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.screening.ScreeningFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.site.PracticeSettings;

/**
 * The consent PDF is patient-ready, read back from the real PDF: letterhead, patient identifiers, the plan in
 * words with its sides, the clinician, times in the practice's zone, US Letter, tagged with title and language.
 */
@SpringBootTest
class ConsentPdfTests {

    static final PlannedTreatment PLAN = PlannedTreatment.of(Agent.DRY_NEEDLING, false,
            TestSites.right("UPPER_TRAPEZIUS"), TestSites.left("GLUTEUS_MEDIUS"), TestSites.right("GLUTEUS_MEDIUS"));

    @Autowired
    Consents consents;
    @Autowired
    PatientRegistry registry;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    Screening screening;
    @Autowired
    PracticeSettings practice;

    byte[] signedPdf(String family, CurrentUser presenter) throws Exception {
        var r = ConsentFixtures.reviewed(registry, intake, screening, family, PLAN);
        var as = presenter == null ? patient(r.patientId()) : presenter;
        var signed = consents.sign(as, r.patientId(), r.reviewId(), ConsentsTests.drawn("Sam " + family), "10.1.2.3");
        return consents.pdf(CLINICIAN, r.patientId(), signed.id());
    }

    static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void thePdfCarriesTheLetterheadThePatientsIdentifiersAndThePlanInWordsWithSides() throws Exception {
        var pdf = signedPdf("Letterhead", null);
        // kept beside the browser journeys' screenshots, for a person to look at
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/consent-sample.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var id = registry.search(SYSTEM, "Letterhead").get(0);
            assertThat(text(document)).contains("Blue Point Medical Group")
                    .contains("120 Harbor Road, Suite 4, Bay Shore, NY 11706").contains("(631) 555-0142")
                    .contains("Patient: Sam Letterhead").contains("Date of birth: May 5, 1975")
                    .contains("(MRN): " + id.mrn())
                    .contains("Dry needling, right upper trapezius, left and right gluteus medius")
                    .doesNotContain("UPPER_TRAPEZIUS").doesNotContain("DRY_NEEDLING").doesNotContain("steroid=")
                    .contains("Plan reviewed by " + CLINICIAN.displayName())
                    .contains("consent obtained by " + CLINICIAN.displayName() + ", who reviewed the plan")
                    .contains("Consent of Sam Letterhead, MRN " + id.mrn()).contains("Page 1 of");
        }
    }

    @Test
    void aConsentPresentedInTheClinicNamesTheClinicianWhoObtainedIt() throws Exception {
        var presenter = new CurrentUser(UUID.randomUUID(), "dr.imani",
                "Dr. Rosa Imani", Role.CLINICIAN, null);
        try (var document = Loader.loadPDF(signedPdf("Inclinic", presenter))) {
            assertThat(text(document)).contains("Consent obtained in the clinic by Dr. Rosa Imani");
        }
    }

    @Test
    void timesAreInThePracticesZoneNotUtc() throws Exception {
        try (var document = Loader.loadPDF(signedPdf("Zoned", null))) {
            var zoneName = DateTimeFormatter.ofPattern("zzz", Locale.US)
                    .format(ZonedDateTime.now(practice.zone()));
            assertThat(practice.zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(text(document)).containsPattern("Signed on [A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2} [AP]M "
                    + zoneName).doesNotContain("UTC");
        }
    }

    @Test
    void thePdfIsUsLetterAndTaggedWithItsTitleAndLanguage() throws Exception {
        try (var document = Loader.loadPDF(signedPdf("Tagged", null))) {
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).startsWith("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Informed consent: Sam Tagged");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            for (var font : document.getPage(0).getResources().getFontNames()) {
                assertThat(document.getPage(0).getResources().getFont(font).isEmbedded()).as("font %s embedded", font)
                        .isTrue();
            }
        }
    }
}
