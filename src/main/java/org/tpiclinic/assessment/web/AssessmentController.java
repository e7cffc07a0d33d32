package org.tpiclinic.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.assessment.Assessments;
import org.tpiclinic.assessment.PainDrawing;
import org.tpiclinic.assessment.TriggerPointFinding;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * A patient's assessment for staff: pain drawings (two side by side), muscle suggestions, trigger-point findings
 * on the chart; forms to add a drawing and a finding. Who may do what is decided by {@link Assessments}.
 */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final PatientRegistry patients;
    private final AssessmentPages pages;
    private final Clock clock;
    private final MessageSource messages;

    AssessmentController(Assessments assessments, PatientRegistry patients, AssessmentPages pages, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.assessments = assessments;
        this.patients = patients;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/patients/{patientId}/assessment")
    String assessment(@PathVariable UUID patientId, @RequestParam(required = false) UUID left,
            @RequestParam(required = false) UUID right, @AuthenticationPrincipal ClinicUser me, Model model) {
        requireStaff(me);
        var drawings = assessments.drawings(me.current(), patientId);
        var findings = assessments.findings(me.current(), patientId);
        header(me, patientId, model);
        pages.assessment(model, drawings, findings, pick(drawings, right, 0), pick(drawings, left, 1),
                LocalDate.now(clock), me.current().role().name().equals("CLINICIAN"));
        return "assessment/patient";
    }

    /** The part of the patient's chart page that shows the latest drawing (loaded into the chart by htmx). */
    @GetMapping("/patients/{patientId}/assessment/summary")
    String summary(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        requireStaff(me);
        var drawings = assessments.drawings(me.current(), patientId);
        model.addAttribute("patientId", patientId);
        model.addAttribute("latest", drawings.isEmpty() ? null : drawings.get(0));
        if (!drawings.isEmpty()) {
            model.addAttribute("picture", pages.pictures().drawing("summary-chart", "show", drawings.get(0).marks(), List.of()));
        }
        return "assessment/summary :: summary";
    }

    @GetMapping("/patients/{patientId}/drawings/new")
    String newDrawing(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        requireStaff(me);
        header(me, patientId, model);
        pages.drawingForm(model, DrawingForm.empty(LocalDate.now(clock)), Map.of(),
                "/patients/" + patientId + "/drawings", true);
        return "assessment/drawing-form";
    }

    @PostMapping("/patients/{patientId}/drawings")
    String recordDrawing(@PathVariable UUID patientId, @RequestParam Map<String, String> params,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        requireStaff(me);
        var form = DrawingForm.parse(params);
        var problems = form.typingProblems();
        if (problems.isEmpty()) {
            try {
                assessments.recordDrawing(me.current(), patientId, form.visit(), form.entries(), form.note());
                redirect.addFlashAttribute("notice", "assessment.notice.drawingSaved");
                return "redirect:/patients/" + patientId + "/assessment";
            } catch (FieldRefused refused) {
                problems = refused.texts(messages, LocaleContextHolder.getLocale());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        header(me, patientId, model);
        pages.drawingForm(model, form.withSpareRows(), problems, "/patients/" + patientId + "/drawings", true);
        return "assessment/drawing-form";
    }

    @GetMapping("/patients/{patientId}/findings/new")
    String newFinding(@PathVariable UUID patientId, @RequestParam(required = false) String muscle,
            @RequestParam(required = false) String side, @AuthenticationPrincipal ClinicUser me, Model model) {
        requireStaff(me);
        header(me, patientId, model);
        pages.findingForm(model, pages.startFinding(LocalDate.now(clock), muscle, side), Map.of(),
                assessments.findings(me.current(), patientId));
        return "assessment/finding-form";
    }

    @PostMapping("/patients/{patientId}/findings")
    String recordFinding(@PathVariable UUID patientId, @RequestParam Map<String, String> params,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        requireStaff(me);
        var form = FindingForm.parse(params);
        Map<String, String> problems = Map.of();
        LocalDate visit = parseDate(form.visitDate());
        if (!form.positionTyped()) {
            problems = Map.of("x", "Type the position as two numbers, or click the chart.");
        } else if (visit == null && !form.visitDate().isBlank()) {
            problems = Map.of("visitDate", "Enter the visit date as year-month-day, for example 2026-12-03.");
        } else {
            try {
                assessments.recordFinding(me.current(), patientId, visit, form.entry());
                redirect.addFlashAttribute("notice", "assessment.notice.findingRecorded");
                return "redirect:/patients/" + patientId + "/assessment";
            } catch (FieldRefused refused) {
                problems = refused.texts(messages, LocaleContextHolder.getLocale());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        header(me, patientId, model);
        pages.findingForm(model, form, problems, assessments.findings(me.current(), patientId));
        return "assessment/finding-form";
    }

    @PostMapping("/patients/{patientId}/findings/carry-over")
    String carryOver(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        requireStaff(me);
        int copied = assessments.carryOver(me.current(), patientId, LocalDate.now(clock));
        redirect.addFlashAttribute("notice",
                copied == 0 ? "assessment.notice.nothingCarried" : "assessment.notice.findingsCarried");
        redirect.addFlashAttribute("noticeArgs", new Object[] { copied });
        return "redirect:/patients/" + patientId + "/assessment";
    }

    private void header(ClinicUser me, UUID patientId, Model model) {
        var names = patients.names(me.current(), List.of(patientId));
        if (names.isEmpty()) {
            throw new NotFoundException("The patient");
        }
        model.addAttribute("patientId", patientId);
        model.addAttribute("patientName", names.get(patientId));
    }

    private static PainDrawing pick(List<PainDrawing> drawings, UUID id, int index) {
        if (id != null) {
            return drawings.stream().filter(d -> d.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("The pain drawing"));
        }
        return drawings.size() > index ? drawings.get(index) : null;
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void requireStaff(ClinicUser me) {
        if (!me.current().isStaff()) {
            throw new ForbiddenException("This page is for the practice's staff");
        }
    }

    static List<TriggerPointFinding> latestVisit(List<TriggerPointFinding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        LocalDate latest = findings.get(0).visitDate();
        return findings.stream().filter(f -> f.visitDate().equals(latest)).toList();
    }
}
