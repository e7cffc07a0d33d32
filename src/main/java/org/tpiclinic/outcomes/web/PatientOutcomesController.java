package org.tpiclinic.outcomes.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.outcomes.Outcomes;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * A patient's outcomes for clinicians and admins: the chart of pain and function with session markers, change
 * from baseline, responder status, relief after each session, the same numbers as a table, and a PDF summary to
 * share. Who may see which patient is decided (and audited) by {@link Outcomes}.
 */
@Controller
class PatientOutcomesController {

    private final Outcomes outcomes;
    private final PatientRegistry patients;
    private final OutcomePages pages;
    private final OutcomePdf pdf;

    PatientOutcomesController(Outcomes outcomes, PatientRegistry patients, OutcomePages pages, OutcomePdf pdf) {
        this.outcomes = outcomes;
        this.patients = patients;
        this.pages = pages;
        this.pdf = pdf;
    }

    @GetMapping("/patients/{patientId}/outcomes")
    String page(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        requireStaffReader(me.current(), patientId);
        var view = outcomes.staffView(me.current(), patientId);
        model.addAttribute("patientId", patientId);
        pages.patient(model, view.outcomes(), view.patientName());
        return "outcomes/patient";
    }

    /** The part of the patient's chart page with the outcome chart (loaded into the chart by htmx). */
    @GetMapping("/patients/{patientId}/outcomes/summary")
    String summary(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        requireStaffReader(me.current(), patientId);
        var view = outcomes.staffView(me.current(), patientId);
        model.addAttribute("patientId", patientId);
        pages.patient(model, view.outcomes(), view.patientName());
        return "outcomes/summary :: summary";
    }

    @GetMapping("/patients/{patientId}/outcomes.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me) {
        requireStaffReader(me.current(), patientId);
        var result = outcomes.summaryToShare(me.current(), patientId);
        byte[] bytes = pdf.render(result, name(me.current(), patientId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("outcomes-" + patientId + ".pdf").build().toString())
                .body(bytes);
    }

    private String name(CurrentUser actor, UUID patientId) {
        var names = patients.names(actor, List.of(patientId));
        if (names.isEmpty()) {
            throw new NotFoundException("The patient");
        }
        return names.get(patientId);
    }

    /** Patients use /my/outcomes; here only staff who may read outcomes (the API audits a refusal). */
    private void requireStaffReader(CurrentUser actor, UUID patientId) {
        if (!actor.isStaff() || !Outcomes.mayRead(actor, patientId)) {
            outcomes.refuse(actor, patientId);
            throw new ForbiddenException("A patient's outcomes are for clinicians and admins");
        }
    }
}
