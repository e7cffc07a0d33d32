package org.tpiclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;

/**
 * The assessment PDF as a clinician downloads it, read back with PDFBox: the body chart is drawn in it (each marked
 * zone and each active trigger point is a filled shape of its own colour in the page's drawing operations), the
 * same facts are in its tables, every download is audited, and only clinicians get it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentPdfTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    Assessments assessments;

    static ClinicUser as(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-pdf", role.name(), role,
                null));
    }

    UUID patientWithDrawingAndFindings() {
        var details = new PatientDetails("Pia", "Printed", null, LocalDate.of(1980, 4, 4), Sex.FEMALE, null, null,
                null, null, null, null, "English", Kilograms.of("64"), LocalDate.of(2026, 1, 1));
        UUID id = registry.register(CurrentUser.system("test"), details, true).registered().id();
        var clinician = as(Role.CLINICIAN).current();
        assessments.recordDrawing(clinician, id, LocalDate.of(2026, 11, 20), List.of(
                new MarkEntry("TEMPLE_L", 7, "ACHING"), new MarkEntry("POSTERIOR_NECK_L", 5, null),
                new MarkEntry("LOW_BACK_R", 3, "BURNING")), null);
        assessments.recordFinding(clinician, id, LocalDate.of(2026, 11, 20), new FindingEntry("UPPER_TRAPEZIUS",
                "LEFT", "BACK", 60.0, 70.0, true, true, true, false, true, null));
        assessments.recordFinding(clinician, id, LocalDate.of(2026, 11, 20), new FindingEntry("LEVATOR_SCAPULAE",
                "LEFT", "BACK", 70.0, 62.0, false, true, false, false, false, "tender"));
        return id;
    }

    @Test
    void thePdfDrawsTheBodyChartWithTheMarkedZonesAndTheTriggerPointsAndListsThem() throws Exception {
        UUID id = patientWithDrawingAndFindings();
        var response = mvc.perform(get("/patients/" + id + "/assessment/pdf").with(user(as(Role.CLINICIAN))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            var fills = new ArrayList<String>();
            int strokes = 0;
            for (PDPage page : pdf.getPages()) {
                var engine = new Drawing(page);
                engine.processPage(page);
                fills.addAll(engine.fills);
                strokes += engine.strokes;
            }
            // one filled shape of the mark colour per marked zone, one of the point colour per active finding
            assertThat(fills.stream().filter("f4b183"::equals).count()).as("marked zones drawn").isEqualTo(3);
            assertThat(fills.stream().filter("1b1b1b"::equals).count()).as("active trigger points drawn").isEqualTo(1);
            assertThat(strokes).as("every zone of the chart outlined")
                    .isGreaterThanOrEqualTo(new BodyChart().zones().size());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Assessment: Pia Printed").contains("Body chart").contains("Temple, left")
                    .contains("7/10").contains("Upper trapezius, left: active trigger point")
                    .contains("local twitch response").contains("Levator scapulae, left: latent trigger point");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action = 'PRINT' "
                + "AND outcome = 'SUCCESS' AND target LIKE 'assessment pdf%'").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyAClinicianDownloadsItAndARefusalIsAudited() throws Exception {
        UUID id = patientWithDrawingAndFindings();
        for (Role role : List.of(Role.FRONT_DESK, Role.BILLING, Role.ADMIN)) {
            assertThat(mvc.perform(get("/patients/" + id + "/assessment/pdf").with(user(as(role)))).andReturn()
                    .getResponse().getStatus()).as(role.name()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action = 'PRINT' "
                + "AND outcome <> 'SUCCESS'").param(id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aPatientWithoutADrawingGetsAnEmptyChartNotAnError() throws Exception {
        var details = new PatientDetails("Nat", "Nothing", null, LocalDate.of(1990, 1, 1), Sex.MALE, null, null,
                null, null, null, null, "English", Kilograms.of("80"), LocalDate.of(2026, 1, 1));
        UUID id = registry.register(CurrentUser.system("test"), details, true).registered().id();
        var response = mvc.perform(get("/patients/" + id + "/assessment/pdf").with(user(as(Role.CLINICIAN))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("No pain drawing yet").contains("No places marked");
        }
    }

    /** Records the colour of every filled path and counts outlines drawn, through form XObjects too. */
    static final class Drawing extends PDFGraphicsStreamEngine {
        final List<String> fills = new ArrayList<>();
        int strokes;

        Drawing(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
            if (rgb.length == 3) {
                fills.add(String.format("%02x%02x%02x", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
                        Math.round(rgb[2] * 255)));
            }
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
            strokes++;
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
            strokes++;
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
