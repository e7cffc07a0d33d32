package org.tpiclinic.screening.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.shared.FieldRefused;

/**
 * The intake questionnaire in the portal and for staff: three sections, each saved on its own, and (for staff
 * who edit records) the patient's answers waiting to be accepted into the record.
 */
@Controller
@RequestMapping("/patients/{patientId}/intake")
class IntakeController {

    private final IntakePage page;
    private final IntakeQuestionnaire intake;

    IntakeController(IntakePage page, IntakeQuestionnaire intake) {
        this.page = page;
        this.intake = intake;
    }

    @InitBinder({ "visit", "care", "safety" })
    void bindFields(WebDataBinder binder) {
        IntakeForms.bind(binder);
    }

    @GetMapping
    String show(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        return page.show(me.current(), patientId, base(patientId), model);
    }

    /** The whole form, saved in one go. */
    @PostMapping
    String saveAll(@PathVariable UUID patientId, @ModelAttribute("visit") IntakeForms.Visit visit,
            BindingResult visitErrors, @ModelAttribute("care") IntakeForms.Care care, BindingResult careErrors,
            @ModelAttribute("safety") IntakeForms.Safety safety, BindingResult safetyErrors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var typed = new IntakePage.Typed(visit, visitErrors, care, careErrors, safety, safetyErrors);
        return page.saveAll(me.current(), patientId, base(patientId), typed, model, redirect, response);
    }

    @PostMapping("/visit")
    String visit(@PathVariable UUID patientId, @Valid @ModelAttribute("visit") IntakeForms.Visit form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return page.save(me.current(), patientId, base(patientId), form, errors, model, redirect, response);
    }

    @PostMapping("/care")
    String care(@PathVariable UUID patientId, @Valid @ModelAttribute("care") IntakeForms.Care form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return page.save(me.current(), patientId, base(patientId), form, errors, model, redirect, response);
    }

    @PostMapping("/safety")
    String safety(@PathVariable UUID patientId, @Valid @ModelAttribute("safety") IntakeForms.Safety form,
            BindingResult errors, @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return page.save(me.current(), patientId, base(patientId), form, errors, model, redirect, response);
    }

    /**
     * Accepts one answer into the record; a clinician may give an allergy or medication its class (required for
     * one the substance catalogue does not know).
     */
    @PostMapping("/proposals/{proposalId}/accept")
    String accept(@PathVariable UUID patientId, @PathVariable UUID proposalId,
            @RequestParam(required = false) String allergyClass, @RequestParam(required = false) String drugClass,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        try {
            var accepted = intake.accept(me.current(), patientId, proposalId, parse(AllergyClass.class, allergyClass),
                    parse(DrugClass.class, drugClass));
            redirect.addFlashAttribute("notice", "intake.accepted");
            redirect.addFlashAttribute("noticeArgs", new Object[] { page.label(accepted) });
        } catch (FieldRefused refused) {
            redirect.addFlashAttribute("proposalProblem", proposalId);
            redirect.addFlashAttribute("proposalProblemText", page.text(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + base(patientId) + "#proposals";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new FieldRefused("class", "intake.error.mapClass", "Choose a class from the list");
        }
    }

    private static String base(UUID patientId) {
        return "/patients/" + patientId + "/intake";
    }
}
