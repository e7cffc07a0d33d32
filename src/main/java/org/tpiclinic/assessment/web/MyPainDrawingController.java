package org.tpiclinic.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.assessment.Assessments;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;

/**
 * {@code /my/pain-drawing}: a patient marks where it hurts, at home before a visit (touch, mouse or keyboard).
 * The form starts from their latest drawing; they only ever reach their own.
 */
@Controller
class MyPainDrawingController {

    private final Assessments assessments;
    private final AssessmentPages pages;
    private final Clock clock;
    private final MessageSource messages;

    MyPainDrawingController(Assessments assessments, AssessmentPages pages, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.assessments = assessments;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/my/pain-drawing")
    String form(@AuthenticationPrincipal ClinicUser me, Model model) {
        var patientId = patientOf(me);
        var drawings = assessments.drawings(me.current(), patientId);
        var form = drawings.isEmpty() ? DrawingForm.empty(LocalDate.now(clock))
                : DrawingForm.of(LocalDate.now(clock), drawings.get(0).marks());
        pages.drawingForm(model, form, Map.of(), "/my/pain-drawing", false);
        return "assessment/drawing-form";
    }

    @PostMapping("/my/pain-drawing")
    String record(@RequestParam Map<String, String> params, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var patientId = patientOf(me);
        var form = DrawingForm.parse(params);
        var problems = form.typingProblems();
        if (problems.isEmpty()) {
            try {
                // A patient's drawing is for today's date; the visit date of the form is the staff's field.
                assessments.recordDrawing(me.current(), patientId, null, form.entries(), form.note());
                redirect.addFlashAttribute("notice", "drawing.saved");
                return "redirect:/my/pain-drawing";
            } catch (FieldRefused refused) {
                problems = refused.texts(messages, LocaleContextHolder.getLocale());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        pages.drawingForm(model, form.withSpareRows(), problems, "/my/pain-drawing", false);
        return "assessment/drawing-form";
    }

    private static UUID patientOf(ClinicUser me) {
        if (me.current().patientId() == null) {
            throw new ForbiddenException("This page is for patients");
        }
        return me.current().patientId();
    }
}
