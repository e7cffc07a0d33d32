package org.tpiclinic.screening.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.Screening;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.shared.FieldRefused;

/** A patient's screening: the result of each rule for a plan, and the clinician's review. */
@Controller
@RequestMapping("/patients/{patientId}/screening")
class ScreeningController {

    private final Screening screening;
    private final MessageSource messages;
    private final Atlas atlas;

    ScreeningController(Screening screening, MessageSource messages, Atlas atlas) {
        this.screening = screening;
        this.messages = messages;
        this.atlas = atlas;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAllowedFields("agent", "steroid", "sites", "decision", "reasons*", "note");
    }

    @GetMapping
    String show(@PathVariable UUID patientId, @ModelAttribute("form") PlanForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        var problems = problems(errors);
        return page(patientId, form, problems, me.current(), model);
    }

    @PostMapping
    String review(@PathVariable UUID patientId, @ModelAttribute("form") PlanForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var problems = problems(errors);
        if (problems.isEmpty() && !form.hasPlan()) {
            problems.put("sites", text("screening.plan.required", "Choose an agent and at least one muscle"));
        }
        if (problems.isEmpty()) {
            try {
                screening.review(me.current(), patientId, form.plan(atlas), form.decision, form.reasonsByRule(),
                        form.note);
                redirect.addFlashAttribute("notice", "screening.review.saved");
                return "redirect:/patients/" + patientId + "/screening?" + form.query();
            } catch (FieldRefused refused) {
                problems.putAll(refused.texts(messages, LocaleContextHolder.getLocale()));
            } catch (PlanForm.PlanRefused refused) {
                problems.put("sites", text(refused.messageKey, refused.getMessage()));
            } catch (IllegalArgumentException refused) {
                problems.put("plan", refused.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(patientId, form, problems, me.current(), model);
    }

    private String page(UUID patientId, PlanForm form, Map<String, String> problems, CurrentUser me, Model model) {
        var plan = form.hasPlan() && !problems.containsKey("plan") && !problems.containsKey("sites")
                ? safePlan(form, problems) : null;
        var current = screening.evaluate(me, patientId, plan);
        model.addAttribute("current", current);
        model.addAttribute("plan", plan);
        model.addAttribute("patient", current.screened().chart().patient());
        model.addAttribute("evaluation", current.screened().evaluation());
        model.addAttribute("rules", current.screened().rules());
        model.addAttribute("problems", problems);
        model.addAttribute("agents", Agent.values());
        model.addAttribute("regions", atlas.byRegion());
        model.addAttribute("sides", PlanForm.Choice.values());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("mayReview", me.role() == Role.CLINICIAN);
        return "screening/review";
    }

    private PlannedTreatment safePlan(PlanForm form, Map<String, String> problems) {
        try {
            return form.plan(atlas);
        } catch (PlanForm.PlanRefused refused) {
            problems.put("sites", text(refused.messageKey, refused.getMessage()));
            return null;
        } catch (IllegalArgumentException refused) {
            problems.put("plan", refused.getMessage());
            return null;
        }
    }

    private Map<String, String> problems(BindingResult errors) {
        var problems = new HashMap<String, String>();
        errors.getFieldErrors().forEach(e -> problems.putIfAbsent(e.getField(),
                messages.getMessage(e, LocaleContextHolder.getLocale())));
        return problems;
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
