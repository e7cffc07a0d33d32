package org.tpiclinic.assessment.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tpiclinic.assessment.AssessmentReports;
import org.tpiclinic.identity.ClinicUser;

/** A patient's assessment (pain drawing and findings on the body chart) as a PDF download, for clinicians. */
@Controller
class AssessmentPdfController {

    private final AssessmentReports reports;

    AssessmentPdfController(AssessmentReports reports) {
        this.reports = reports;
    }

    @GetMapping("/patients/{patientId}/assessment/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me) {
        byte[] pdf = reports.pdf(me.current(), patientId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("assessment-" + patientId + ".pdf").build().toString())
                .body(pdf);
    }
}
