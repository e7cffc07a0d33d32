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
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.MedicationCatalog;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.InvalidAnswer;

/**
 * The intake questionnaire page: three sections, each saved on its own, and (for staff who edit records) the
 * patient's answers waiting to be accepted into the record. A bad answer is shown beside its field with
 * everything typed kept.
 */
@Controller
@RequestMapping("/patients/{patientId}/intake")
class IntakeController {

    private final IntakeQuestionnaire intake;
    private final MedicationCatalog catalog;
    private final MessageSource messages;

    IntakeController(IntakeQuestionnaire intake, MedicationCatalog catalog, MessageSource messages) {
        this.intake = intake;
        this.catalog = catalog;
        this.messages = messages;
    }

    @InitBinder({ "visit", "care", "safety" })
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(12);
    }

    @GetMapping
    String show(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        return page(patientId, me.current(), model, null, Map.of(), null);
    }

    @PostMapping("/visit")
    String visit(@PathVariable UUID patientId, @ModelAttribute("visit") IntakeForms.Visit form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(patientId, me.current(), "visit", form, errors, model, redirect, response,
                () -> intake.saveVisit(me.current(), patientId, form.answers()));
    }

    @PostMapping("/care")
    String care(@PathVariable UUID patientId, @ModelAttribute("care") IntakeForms.Care form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(patientId, me.current(), "care", form, errors, model, redirect, response,
                () -> intake.saveCare(me.current(), patientId, form.answers()));
    }

    @PostMapping("/safety")
    String safety(@PathVariable UUID patientId, @ModelAttribute("safety") IntakeForms.Safety form,
            BindingResult errors, @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(patientId, me.current(), "safety", form, errors, model, redirect, response,
                () -> intake.saveSafety(me.current(), patientId, form.answers(), form.reportedAllergies(),
                        form.reportedMedications(catalog)));
    }

    @PostMapping("/proposals/{proposalId}/accept")
    String accept(@PathVariable UUID patientId, @PathVariable UUID proposalId, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        var accepted = intake.accept(me.current(), patientId, proposalId);
        redirect.addFlashAttribute("notice", text("intake.accepted", accepted.label()));
        return "redirect:/patients/" + patientId + "/intake#proposals";
    }

    private String save(UUID patientId, CurrentUser me, String section, Object form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Runnable store) {
        var problems = new HashMap<String, String>();
        errors.getFieldErrors().forEach(e -> problems.putIfAbsent(e.getField(),
                messages.getMessage(e, LocaleContextHolder.getLocale())));
        if (problems.isEmpty()) {
            try {
                store.run();
                redirect.addFlashAttribute("notice", text("intake.saved." + section));
                return "redirect:/patients/" + patientId + "/intake#" + section;
            } catch (InvalidAnswer refused) {
                problems.put(refused.field(), messages.getMessage(refused.messageKey(), null, refused.getMessage(),
                        LocaleContextHolder.getLocale()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(patientId, me, model, section, problems, form);
    }

    private String page(UUID patientId, CurrentUser me, Model model, String section, Map<String, String> problems,
            Object typed) {
        var view = intake.open(me, patientId);
        model.addAttribute("patient", view.chart().patient());
        model.addAttribute("intake", view.intake());
        model.addAttribute("visit", "visit".equals(section) ? typed : IntakeForms.Visit.of(view.intake().visit()));
        model.addAttribute("care", "care".equals(section) ? typed : IntakeForms.Care.of(view.intake().care()));
        model.addAttribute("safety", "safety".equals(section) ? typed : IntakeForms.Safety.of(view.intake()));
        model.addAttribute("problems", problems);
        model.addAttribute("allergyClasses", AllergyClass.values());
        model.addAttribute("medicationCatalog", catalog.entries());
        model.addAttribute("mayAnswer", me.mayEditRecords() || patientId.equals(me.patientId()));
        model.addAttribute("mayAccept", me.mayEditRecords());
        return "screening/intake";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
