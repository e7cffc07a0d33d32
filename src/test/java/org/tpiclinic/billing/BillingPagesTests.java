package org.tpiclinic.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.procedures.InjectionSessionSigned;

/**
 * The billing work queue, corrections, marking exported, the superbill and the claim export, through the web
 * against the real database: who may, what is audited, and bad input answered beside the field with nothing
 * changed and never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BillingPagesTests {

    static final ClinicUser BILLING = as(Role.BILLING);
    static final ClinicUser DESK = as(Role.FRONT_DESK);
    static final ClinicUser CLINICIAN = as(Role.CLINICIAN);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    static ClinicUser as(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-b", role.name(), role,
                null));
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, ClinicUser who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
    }

    InjectionSessionSigned coded(UUID patient, LocalDate on, List<String> diagnoses, String... points) {
        var signed = Sessions.signed(patient, on, diagnoses, points);
        SessionCodingTests.publish(transactions, events, signed);
        SessionCodingTests.awaitClaim(jdbc, signed);
        return signed;
    }

    Map<String, Object> claimRow(InjectionSessionSigned s) {
        return jdbc.sql("SELECT status, diagnoses, reexport, version FROM billing_claims WHERE session_id = ?")
                .param(s.sessionId().value()).query().singleRow();
    }

    long corrections(InjectionSessionSigned s) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_corrections WHERE session_id = ?").param(s.sessionId().value())
                .query(Long.class).single();
    }

    long audits(String action, String targetLike) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = ? AND target LIKE ?")
                .params(action, targetLike).query(Long.class).single();
    }

    MockHttpServletRequestBuilder correction(InjectionSessionSigned s, String procedures, String diagnoses,
            String reason, int version) {
        return post("/billing/claims/" + s.sessionId() + "/correct").param("procedures", procedures)
                .param("diagnoses", diagnoses).param("reason", reason).param("version", String.valueOf(version));
    }

    @Test
    void billingSeesClaimsToReviewAndReadyWithTheirReasons() throws Exception {
        UUID patient = SessionCodingTests.register(registry, "Queue", "Waiting");
        var review = coded(patient, LocalDate.of(2030, 1, 2), List.of(), "UPPER_TRAPEZIUS_L");
        var ready = coded(patient, LocalDate.of(2030, 1, 3), List.of("M79.18"), "UPPER_TRAPEZIUS_L");

        String queue = send(get("/billing"), BILLING).getContentAsString();
        assertThat(queue).contains("To review (").contains("Ready to export (").contains("Waiting, Queue")
                .contains("/billing/claims/" + review.sessionId()).contains("/billing/claims/" + ready.sessionId());

        var page = send(get("/billing/claims/" + review.sessionId()), BILLING);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("The session has no diagnosis").contains("20552")
                .contains("Trigger point injections, one or two muscles");
        assertThat(audits("READ", "billing claim " + review.sessionId())).isEqualTo(1);
    }

    @Test
    void onlyBillingAndAdminsReachClaims() throws Exception {
        var s = coded(SessionCodingTests.register(registry, "Kept", "Private"), LocalDate.of(2030, 1, 4),
                List.of("M79.18"), "UPPER_TRAPEZIUS_L");
        assertThat(send(get("/billing"), DESK).getStatus()).isEqualTo(403);
        assertThat(send(get("/billing/claims/" + s.sessionId()), CLINICIAN).getStatus()).isEqualTo(403);
        assertThat(send(get("/billing/export.csv").param("from", "2030-01-01").param("to", "2030-01-31"), DESK)
                .getStatus()).isEqualTo(403);
        assertThat(send(get("/billing/claims/" + s.sessionId()), as(Role.ADMIN)).getStatus()).isEqualTo(200);
    }

    @Test
    void aCorrectionWithoutReasonIsRefusedBesideTheFieldAndChangesNothing() throws Exception {
        var s = coded(SessionCodingTests.register(registry, "No", "Reason"), LocalDate.of(2030, 1, 5),
                List.of("M79.18"), "UPPER_TRAPEZIUS_L");
        var before = claimRow(s);

        var response = send(correction(s, "20553", "M79.18", "  ", 0), BILLING);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Give the reason for the correction.")
                .contains("Nothing was saved");
        assertThat(claimRow(s)).isEqualTo(before);
        assertThat(corrections(s)).isZero();
    }

    @Test
    void unknownCodesAndMalformedDiagnosesAreRefusedWithMessages() throws Exception {
        var s = coded(SessionCodingTests.register(registry, "Bad", "Codes"), LocalDate.of(2030, 1, 6),
                List.of("M79.18"), "UPPER_TRAPEZIUS_L");

        String html = send(correction(s, "99213", "myalgia", "typo", 0), BILLING).getContentAsString();
        assertThat(html).contains("Use the procedure codes of the coding table").contains("Enter ICD-10-CM codes like");
        assertThat(send(correction(s, "20552, 20553", "M79.18", "both", 0), BILLING).getContentAsString())
                .contains("Use one code per technique");
        assertThat(corrections(s)).isZero();
    }

    @Test
    void aCorrectionSettlesTheReviewAndIsAuditedWithItsReasonKept() throws Exception {
        var s = coded(SessionCodingTests.register(registry, "Set", "Tled"), LocalDate.of(2030, 1, 7), List.of(),
                "UPPER_TRAPEZIUS_L", "~UPPER_TRAPEZIUS_L");

        var response = send(correction(s, "20552", "M79.12, M54.2", "Note documents injection only", 0), BILLING);

        assertThat(response.getStatus()).isEqualTo(302);
        var row = claimRow(s);
        assertThat(row.get("status")).isEqualTo("READY");
        assertThat(row.get("diagnoses")).isEqualTo("M79.12,M54.2");
        assertThat(jdbc.sql("SELECT reason FROM billing_corrections WHERE session_id = ?").param(s.sessionId().value())
                .query(String.class).single()).isEqualTo("Note documents injection only");
        assertThat(audits("UPDATE", "billing claim " + s.sessionId() + " corrected")).isEqualTo(1);
        assertThat(send(get("/billing/claims/" + s.sessionId()), BILLING).getContentAsString())
                .doesNotContain("Why this claim waits for review").contains("Note documents injection only");
    }

    @Test
    void anExportedClaimIsCorrectedOnlyWithAReasonAndIsThenFlaggedForReexport() throws Exception {
        var s = coded(SessionCodingTests.register(registry, "Sent", "Already"), LocalDate.of(2030, 1, 8),
                List.of("M79.18"), "UPPER_TRAPEZIUS_L");
        assertThat(send(post("/billing/claims/" + s.sessionId() + "/exported").param("version", "0"), BILLING)
                .getStatus()).isEqualTo(302);
        assertThat(claimRow(s).get("status")).isEqualTo("EXPORTED");

        var refused = send(correction(s, "20553", "M79.18", "", 1), BILLING);
        assertThat(refused.getContentAsString()).contains("This claim was already exported: a correction needs a reason");
        assertThat(claimRow(s).get("status")).isEqualTo("EXPORTED");
        assertThat(corrections(s)).isZero();

        assertThat(send(correction(s, "20553", "M79.18", "Three muscles in the note", 1), BILLING).getStatus())
                .isEqualTo(302);
        var row = claimRow(s);
        assertThat(row.get("status")).isEqualTo("READY");
        assertThat(row.get("reexport")).isEqualTo(true);
        assertThat(jdbc.sql("SELECT after_export FROM billing_corrections WHERE session_id = ?")
                .param(s.sessionId().value()).query(Boolean.class).single()).isTrue();
        assertThat(audits("UPDATE", "billing claim " + s.sessionId() + " corrected after export")).isEqualTo(1);
    }

    @Test
    void aClaimWaitingForReviewCannotBeMarkedExportedAndAStaleVersionIsAConflict() throws Exception {
        var review = coded(SessionCodingTests.register(registry, "Wait", "First"), LocalDate.of(2030, 1, 9),
                List.of(), "UPPER_TRAPEZIUS_L");
        var refused = send(post("/billing/claims/" + review.sessionId() + "/exported").param("version", "0"), BILLING);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(claimRow(review).get("status")).isEqualTo("REVIEW");

        var ready = coded(SessionCodingTests.register(registry, "Old", "Page"), LocalDate.of(2030, 1, 9),
                List.of("M79.18"), "UPPER_TRAPEZIUS_L");
        assertThat(send(correction(ready, "20552", "M54.2", "first", 0), BILLING).getStatus()).isEqualTo(302);
        assertThat(send(correction(ready, "20552", "M79.18", "second, from an old page", 0), BILLING).getStatus())
                .isEqualTo(409);
        assertThat(claimRow(ready).get("diagnoses")).isEqualTo("M54.2");
        assertThat(send(post("/billing/claims/" + ready.sessionId() + "/exported").param("version", "0"), BILLING)
                .getStatus()).isEqualTo(409);
    }

    @Test
    void anUnknownSessionIs404Everywhere() throws Exception {
        UUID unknown = UUID.randomUUID();
        assertThat(send(get("/billing/claims/" + unknown), BILLING).getStatus()).isEqualTo(404);
        assertThat(send(post("/billing/claims/" + unknown + "/correct").param("procedures", "20552")
                .param("diagnoses", "M79.18").param("reason", "x").param("version", "0"), BILLING).getStatus())
                .isEqualTo(404);
        assertThat(send(post("/billing/claims/" + unknown + "/exported").param("version", "0"), BILLING).getStatus())
                .isEqualTo(404);
        assertThat(send(get("/billing/claims/" + unknown + "/superbill.pdf"), BILLING).getStatus()).isEqualTo(404);
        assertThat(send(get("/billing/claims/not-a-session"), BILLING).getStatus()).isEqualTo(400);
    }

    @Test
    void theSuperbillNamesPatientCodesDiagnosesAndDrugs() throws Exception {
        UUID patient = SessionCodingTests.register(registry, "Paula", "Superbill");
        var s = coded(patient, LocalDate.of(2030, 2, 1), List.of("M79.12", "G44.209"), "UPPER_TRAPEZIUS_L",
                "UPPER_TRAPEZIUS_R", "LEVATOR_SCAPULAE_L", "LEVATOR_SCAPULAE_L");

        var response = send(get("/billing/claims/" + s.sessionId() + "/superbill.pdf"), BILLING);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Superbill").contains("Paula Superbill").contains("Date of service: February 1, 2030")
                    .contains("20553").contains("Trigger point injections, three muscles or more")
                    .contains("M79.12").contains("G44.209")
                    .contains("Lidocaine 1 % plain: 40 mg in 4 mL (HCPCS: no verified code)")
                    .doesNotContain("20552");
        }
        assertThat(audits("PRINT", "superbill " + s.sessionId())).isEqualTo(1);
    }

    @Test
    void theExportRefusesAMissingReversedOrEmptyRangeBesideTheFieldAndDisclosesNothing() throws Exception {
        long exportsBefore = audits("EXPORT", "claims export%");

        var missing = send(get("/billing/export.csv").param("from", "2031-05-01"), BILLING);
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("Enter the last date of service.");

        var reversed = send(get("/billing/export.csv").param("from", "2031-05-31").param("to", "2031-05-01"), BILLING);
        assertThat(reversed.getStatus()).isEqualTo(400);
        assertThat(reversed.getContentAsString()).contains("The last date is before the first");

        var empty = send(get("/billing/export.csv").param("from", "1999-01-01").param("to", "1999-01-31"), BILLING);
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("No claim ready to export has a date of service in this range");

        var garbled = send(get("/billing/export.csv").param("from", "2031-13-45").param("to", "2031-05-01"), BILLING);
        assertThat(garbled.getStatus()).isEqualTo(400);
        assertThat(garbled.getContentAsString()).contains("Enter a date as YYYY-MM-DD");

        assertThat(audits("EXPORT", "claims export%")).isEqualTo(exportsBefore);
    }

    @Test
    void theExportIsAClaimReadyCsvOfReadyClaimsAndIsAuditedAsADisclosurePerPatient() throws Exception {
        UUID first = SessionCodingTests.register(registry, "Ann", "=Exported");
        UUID second = SessionCodingTests.register(registry, "Bo", "Lines, Jr");
        var three = coded(first, LocalDate.of(2031, 6, 2), List.of("M79.12", "M54.2"), "UPPER_TRAPEZIUS_L",
                "UPPER_TRAPEZIUS_R", "LEVATOR_SCAPULAE_L");
        var dry = coded(second, LocalDate.of(2031, 6, 3), List.of("M79.18"), "~GLUTEUS_MEDIUS_L");
        var waiting = coded(second, LocalDate.of(2031, 6, 4), List.of(), "GLUTEUS_MEDIUS_L");

        var response = send(get("/billing/export.csv").param("from", "2031-06-01").param("to", "2031-06-30"), BILLING);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("claims-2031-06-01-to-2031-06-30.csv");
        var lines = response.getContentAsString().split("\r\n");
        assertThat(lines[0]).isEqualTo(ClaimExport.HEADER);
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith(three.sessionId() + ",2031-06-02,").contains(",'=Exported,Ann,")
                .contains(",PROCEDURE,20553,1,Trigger point injections, three muscles or more".replace(
                        "Trigger point injections, three muscles or more",
                        "\"Trigger point injections, three muscles or more\""))
                .contains(",AB,M79.12,M54.2,").endsWith(",N");
        assertThat(lines[2]).startsWith(three.sessionId() + ",").contains(",DRUG,,,Lidocaine 1 % plain,LIDOCAINE_1,40,4,");
        assertThat(lines[3]).startsWith(dry.sessionId() + ",").contains("\"Lines, Jr\"").contains(",PROCEDURE,20560,");
        assertThat(response.getContentAsString()).doesNotContain(waiting.sessionId().toString());

        assertThat(jdbc.sql("SELECT patient_id FROM audit_entries WHERE action = 'EXPORT' AND target = ?")
                .param("claims export 2031-06-01 to 2031-06-30 (2 claims)").query(UUID.class).set())
                .containsExactlyInAnyOrder(first, second);
    }
}
