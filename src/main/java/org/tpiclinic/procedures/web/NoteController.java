package org.tpiclinic.procedures.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.procedures.Procedures;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.procedures.SessionRefused;
import org.tpiclinic.procedures.SessionSigning;
import org.tpiclinic.procedures.SigningRefused;
import org.tpiclinic.shared.PatientId;

/**
 * Signing, the procedure note (page and PDF) and addenda. A refused signature comes back to the editor with every
 * reason (400); signing twice or writing after signing is a 409 with what to do next.
 */
@Controller
class NoteController {

    private final Procedures procedures;
    private final SessionSigning signing;
    private final SessionPages pages;
    private final NotePdf pdf;

    NoteController(Procedures procedures, SessionSigning signing, SessionPages pages, NotePdf pdf) {
        this.procedures = procedures;
        this.signing = signing;
        this.pages = pages;
        this.pdf = pdf;
    }

    @PostMapping("/patients/{patientId}/sessions/{sessionId}/sign")
    String sign(@PathVariable UUID patientId, @PathVariable UUID sessionId, @RequestParam(defaultValue = "-1") long version,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var patient = PatientId.of(patientId);
        try {
            signing.sign(me.current(), patient, SessionId.of(sessionId), version);
            redirect.addFlashAttribute("notice", "The session is signed and locked.");
            return "redirect:/patients/" + patientId + "/sessions/" + sessionId + "/note";
        } catch (SigningRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            var session = procedures.get(me.current(), patient, SessionId.of(sessionId));
            pages.editor(model, me.current(), session, DraftForm.of(session), session.version(), Map.of());
            model.addAttribute("refusedReasons", refused.reasons());
            return "procedures/session";
        }
    }

    @GetMapping("/patients/{patientId}/sessions/{sessionId}/note")
    String note(@PathVariable UUID patientId, @PathVariable UUID sessionId, @AuthenticationPrincipal ClinicUser me,
            Model model) {
        var session = procedures.get(me.current(), PatientId.of(patientId), SessionId.of(sessionId));
        pdf.model(model, me.current(), session);
        model.addAttribute("clinician", me.current().role() == Role.CLINICIAN);
        model.addAttribute("problems", Map.of());
        return "procedures/note";
    }

    @GetMapping("/patients/{patientId}/sessions/{sessionId}/note.pdf")
    ResponseEntity<byte[]> notePdf(@PathVariable UUID patientId, @PathVariable UUID sessionId,
            @AuthenticationPrincipal ClinicUser me) {
        var session = signing.forPrint(me.current(), PatientId.of(patientId), SessionId.of(sessionId));
        byte[] bytes = pdf.render(me.current(), session);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("procedure-note-" + session.performedOn() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }

    @PostMapping("/patients/{patientId}/sessions/{sessionId}/addenda")
    String addendum(@PathVariable UUID patientId, @PathVariable UUID sessionId,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var patient = PatientId.of(patientId);
        try {
            signing.addAddendum(me.current(), patient, SessionId.of(sessionId), version, reason, body);
            redirect.addFlashAttribute("notice", "Addendum added.");
            return "redirect:/patients/" + patientId + "/sessions/" + sessionId + "/note";
        } catch (SessionRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            var session = procedures.get(me.current(), patient, SessionId.of(sessionId));
            pdf.model(model, me.current(), session);
            model.addAttribute("clinician", true);
            model.addAttribute("problems", refused.problems());
            model.addAttribute("addendumReason", reason);
            model.addAttribute("addendumBody", body);
            return "procedures/note";
        }
    }

    static List<String> none() {
        return List.of();
    }
}
