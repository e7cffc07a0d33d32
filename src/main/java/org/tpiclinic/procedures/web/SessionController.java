package org.tpiclinic.procedures.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.procedures.Procedures;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.procedures.SessionRefused;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.PatientId;

/**
 * A session at the chair: opened from an appointment or ad hoc, then one page that saves every change as the
 * clinician makes it (htmx posts the whole form; the answer refreshes the version, the dose totals and the
 * problems next to their fields). Without script the same form posts and comes back. Who may do what is decided by
 * {@link Procedures}.
 */
@Controller
class SessionController {

    private final Procedures procedures;
    private final SessionPages pages;

    SessionController(Procedures procedures, SessionPages pages) {
        this.procedures = procedures;
        this.pages = pages;
    }

    @GetMapping("/patients/{patientId}/sessions")
    String list(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        var sessions = procedures.ofPatient(me.current(), PatientId.of(patientId));
        model.addAttribute("sessions", sessions);
        model.addAttribute("patientId", patientId);
        model.addAttribute("clinician", me.current().role() == Role.CLINICIAN);
        return "procedures/list";
    }

    @PostMapping("/patients/{patientId}/sessions")
    String open(@PathVariable UUID patientId, @RequestParam(required = false) UUID appointmentId,
            @AuthenticationPrincipal ClinicUser me) {
        var session = procedures.open(me.current(), PatientId.of(patientId),
                appointmentId == null ? null : AppointmentId.of(appointmentId));
        return "redirect:/patients/" + patientId + "/sessions/" + session.id();
    }

    @GetMapping("/patients/{patientId}/sessions/{sessionId}")
    String show(@PathVariable UUID patientId, @PathVariable UUID sessionId, @AuthenticationPrincipal ClinicUser me,
            Model model) {
        var session = procedures.get(me.current(), PatientId.of(patientId), SessionId.of(sessionId));
        if (session.signed() || me.current().role() != Role.CLINICIAN) {
            return "redirect:/patients/" + patientId + "/sessions/" + sessionId + "/note";
        }
        pages.editor(model, me.current(), session, DraftForm.of(session), session.version(), Map.of());
        return "procedures/session";
    }

    /**
     * Saves the draft. From htmx ({@code HX-Request}) the answer is the parts to refresh (400 with the problems,
     * 409 when someone else saved in between); an add or remove button, or a post without script, gets the page.
     */
    @PostMapping("/patients/{patientId}/sessions/{sessionId}")
    String save(@PathVariable UUID patientId, @PathVariable UUID sessionId,
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal ClinicUser me,
            Model model, HttpServletResponse response) {
        var patient = PatientId.of(patientId);
        procedures.requireWriter(me.current(), patient);
        var form = DraftForm.parse(params);
        boolean partial = htmx != null && !params.containsKey("add") && !params.containsKey("remove");
        var problems = form.problems();
        var session = procedures.get(me.current(), patient, SessionId.of(sessionId));
        long version = form.version();
        if (problems.isEmpty()) {
            try {
                session = procedures.revise(me.current(), patient, SessionId.of(sessionId), form.version(),
                        form.draft());
                version = session.version();
            } catch (SessionRefused refused) {
                problems = refused.problems();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            } catch (ConflictException conflict) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", conflict.getMessage());
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (partial) {
            model.addAttribute("problems", problems);
            model.addAttribute("version", version);
            model.addAttribute("draft", form.draft());
            model.addAttribute("saved", response.getStatus() == HttpServletResponse.SC_OK);
            if (!session.signed()) {
                pages.live(model, me.current(), session);
            }
            return "procedures/saved";
        }
        if (session.signed()) {
            return "redirect:/patients/" + patientId + "/sessions/" + sessionId + "/note";
        }
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            return "redirect:/patients/" + patientId + "/sessions/" + sessionId;
        }
        pages.editor(model, me.current(), session, form.draft(), version, problems);
        return "procedures/session";
    }
}
