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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PathVariable;
import org.tpiclinic.assessment.Assessments;
import org.tpiclinic.assessment.DrawingLinks;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.shared.NotFoundException;

/**
 * A patient marks where it hurts, at home before a visit (touch, mouse or keyboard): signed in at {@code
 * /my/pain-drawing}, or without signing in through the intake link of their booking confirmation at {@code
 * /intake/{token}/pain-drawing} (the link names the patient; an unknown or expired one gets a page saying so).
 * The form starts from their latest drawing; they only ever reach their own.
 */
@Controller
class MyPainDrawingController {

    private static final LinkExpiredException.NextStep GONE =
            new LinkExpiredException.NextStep("link.gone.intake", "/login", "link.gone.signIn");

    private final Assessments assessments;
    private final AssessmentPages pages;
    private final Clock clock;
    private final ObjectProvider<DrawingLinks> links;
    private final MessageSource messages;

    MyPainDrawingController(Assessments assessments, AssessmentPages pages, Clock clock,
            ObjectProvider<DrawingLinks> links, MessageSource messages) {
        this.messages = messages;
        this.assessments = assessments;
        this.pages = pages;
        this.clock = clock;
        this.links = links;
    }

    @GetMapping("/my/pain-drawing")
    String form(@AuthenticationPrincipal ClinicUser me, Model model) {
        return form(me.current(), patientOf(me), "/my/pain-drawing", model);
    }

    @PostMapping("/my/pain-drawing")
    String record(@RequestParam Map<String, String> params, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return record(me.current(), patientOf(me), "/my/pain-drawing", params, model, redirect, response);
    }

    @GetMapping("/intake/{token}/pain-drawing")
    String formByLink(@PathVariable String token, Model model, HttpServletResponse response) {
        var holder = holder(token);
        if (holder.standing() != DrawingLinks.Standing.VALID) {
            return gone(holder, model, response);
        }
        model.addAttribute("backTo", "/intake/" + token);
        return form(holder.user(), holder.user().patientId(), "/intake/" + token + "/pain-drawing", model);
    }

    @PostMapping("/intake/{token}/pain-drawing")
    String recordByLink(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var holder = holder(token);
        if (holder.standing() != DrawingLinks.Standing.VALID) {
            return gone(holder, model, response);
        }
        model.addAttribute("backTo", "/intake/" + token);
        return record(holder.user(), holder.user().patientId(), "/intake/" + token + "/pain-drawing", params, model,
                redirect, response);
    }

    private String form(CurrentUser me, UUID patientId, String action, Model model) {
        var drawings = assessments.drawings(me, patientId);
        var form = drawings.isEmpty() ? DrawingForm.empty(LocalDate.now(clock))
                : DrawingForm.of(LocalDate.now(clock), drawings.get(0).marks());
        pages.drawingForm(model, form, Map.of(), action, false);
        return "assessment/drawing-form";
    }

    private String record(CurrentUser me, UUID patientId, String action, Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var form = DrawingForm.parse(params);
        var problems = form.typingProblems();
        if (problems.isEmpty()) {
            try {
                // A patient's drawing is for today's date; the visit date of the form is the staff's field.
                assessments.recordDrawing(me, patientId, null, form.entries(), form.note());
                redirect.addFlashAttribute("notice", "drawing.saved");
                return "redirect:" + action;
            } catch (FieldRefused refused) {
                problems = refused.texts(messages, LocaleContextHolder.getLocale());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        pages.drawingForm(model, form.withSpareRows(), problems, action, false);
        return "assessment/drawing-form";
    }

    private DrawingLinks.Holder holder(String token) {
        var issuer = links.getIfAvailable();
        return issuer == null ? new DrawingLinks.Holder(DrawingLinks.Standing.UNKNOWN, null) : issuer.holder(token);
    }

    /** The one page for a link that no longer works: 410 when it ran out, 404 when no such link exists. */
    private static String gone(DrawingLinks.Holder holder, Model model, HttpServletResponse response) {
        RuntimeException why = holder.standing() == DrawingLinks.Standing.EXPIRED ? new LinkExpiredException()
                : new NotFoundException("No such link");
        return LinkExpiredException.page(why, GONE, model, response);
    }

    private static UUID patientOf(ClinicUser me) {
        if (me.current().patientId() == null) {
            throw new ForbiddenException("This page is for patients");
        }
        return me.current().patientId();
    }
}
