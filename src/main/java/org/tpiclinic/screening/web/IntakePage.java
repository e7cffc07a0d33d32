package org.tpiclinic.screening.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.screening.BookingReasons;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.shared.FieldRefused;

/**
 * The intake questionnaire page, shared by the portal and staff ({@code /patients/{id}/intake}) and the emailed
 * link ({@code /intake/{token}}): the same sections and checks, posting back to {@code base}. A bad answer is
 * shown beside its field with everything typed kept.
 */
@Component
class IntakePage {

    private final IntakeQuestionnaire intake;
    private final SubstanceCatalog catalog;
    private final MessageSource messages;
    private final ObjectProvider<BookingReasons> bookingReasons;

    IntakePage(IntakeQuestionnaire intake, SubstanceCatalog catalog, MessageSource messages,
            ObjectProvider<BookingReasons> bookingReasons) {
        this.intake = intake;
        this.catalog = catalog;
        this.messages = messages;
        this.bookingReasons = bookingReasons;
    }

    String show(CurrentUser me, UUID patientId, String base, Model model) {
        return page(me, patientId, base, model, null, Map.of(), null);
    }

    /** Saves one section ({@link IntakeForms.Visit}, {@link IntakeForms.Care} or {@link IntakeForms.Safety}). */
    String save(CurrentUser me, UUID patientId, String base, Object form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String section = section(form);
        var problems = new HashMap<String, String>();
        errors.getFieldErrors().forEach(e -> problems.putIfAbsent(e.getField(),
                messages.getMessage(e, LocaleContextHolder.getLocale())));
        if (problems.isEmpty()) {
            try {
                store(me, patientId, form);
                redirect.addFlashAttribute("notice", "intake.saved." + section);
                return "redirect:" + base + "#" + section;
            } catch (FieldRefused refused) {
                problems.putAll(refused.texts(messages, LocaleContextHolder.getLocale()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(me, patientId, base, model, section, problems, form);
    }

    private String page(CurrentUser me, UUID patientId, String base, Model model, Typed typed,
            Map<String, String> problems) {
        model.addAttribute("visit", typed.visit());
        model.addAttribute("care", typed.care());
        model.addAttribute("safety", typed.safety());
        return page(me, patientId, base, model, "all", problems, null);
    }

    /** The whole form as posted: each section with its binding errors. */
    record Typed(IntakeForms.Visit visit, BindingResult visitErrors, IntakeForms.Care care,
            BindingResult careErrors, IntakeForms.Safety safety, BindingResult safetyErrors) {
    }

    /**
     * Saves the whole form in one go: every section that has answers (or was saved before) is checked and saved
     * on its own, so a problem in one section keeps the others saved, and the page comes back with everything
     * typed in every section and the problem beside its field.
     */
    String saveAll(CurrentUser me, UUID patientId, String base, Typed typed, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        // Unaudited reads of what is already saved: the saves below are the audited change, each by section.
        var saved = intake.find(patientId).orElse(null);
        var problems = new HashMap<String, String>();
        var notSaved = new ArrayList<String>();
        saveSection(me, patientId, typed.visit(), typed.visitErrors(),
                typed.visit().empty() && (saved == null || saved.visit() == null), problems, notSaved);
        saveSection(me, patientId, typed.care(), typed.careErrors(),
                typed.care().empty() && (saved == null || saved.care() == null), problems, notSaved);
        saveSection(me, patientId, typed.safety(), typed.safetyErrors(),
                typed.safety().empty() && (saved == null || saved.safety() == null), problems, notSaved);
        if (problems.isEmpty()) {
            var now = intake.find(patientId).orElse(null);
            if (now == null) {
                redirect.addFlashAttribute("notice", "intake.saved.nothing");
                return "redirect:" + base;
            }
            redirect.addFlashAttribute("notice", now.complete() ? "intake.saved.complete" : "intake.saved.partly");
            redirect.addFlashAttribute("noticeArgs", new Object[] { now.sectionsSaved(), SECTIONS });
            return "redirect:" + base + (now.complete() ? "#done" : "#progress");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("notSaved", notSaved.stream().map(s -> text("intake.section." + s)).toList());
        return page(me, patientId, base, model, typed, problems);
    }

    /** The intake's sections: visit, care so far, safety. */
    static final int SECTIONS = 3;

    private void saveSection(CurrentUser me, UUID patientId, Object form, BindingResult errors, boolean skip,
            Map<String, String> problems, List<String> notSaved) {
        if (skip) {
            return;
        }
        var found = new HashMap<String, String>();
        errors.getFieldErrors().forEach(e -> found.putIfAbsent(e.getField(),
                messages.getMessage(e, LocaleContextHolder.getLocale())));
        if (found.isEmpty()) {
            try {
                store(me, patientId, form);
            } catch (FieldRefused refused) {
                found.putAll(refused.texts(messages, LocaleContextHolder.getLocale()));
            }
        }
        if (!found.isEmpty()) {
            problems.putAll(found);
            notSaved.add(section(form));
        }
    }

    /** An unanswered "why are you coming" starts from what the patient typed when booking (not on a re-shown form). */
    private void startFromTheBookingReason(UUID patientId, Model model) {
        if (model.getAttribute("problems") instanceof Map<?, ?> problems && problems.isEmpty()
                && model.getAttribute("visit") instanceof IntakeForms.Visit visit
                && (visit.reasonForVisit == null || visit.reasonForVisit.isBlank())) {
            bookingReasons.ifAvailable(reasons -> reasons.latestFor(patientId)
                    .ifPresent(reason -> visit.reasonForVisit = reason));
        }
    }

    /** An answer as a person reads it: a condition by its name, anything else by its label. */
    String label(Proposal proposal) {
        if (proposal.kind() == Proposal.Kind.NO_ALLERGIES) {
            return text("intake.proposal.NO_ALLERGIES");
        }
        return proposal.conditionKind() == null ? proposal.label() : text("condition." + proposal.conditionKind());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private void store(CurrentUser me, UUID patientId, Object form) {
        if (form instanceof IntakeForms.Visit visit) {
            intake.saveVisit(me, patientId, visit.answers());
        } else if (form instanceof IntakeForms.Care care) {
            intake.saveCare(me, patientId, care.answers());
        } else if (form instanceof IntakeForms.Safety safety) {
            intake.saveSafety(me, patientId, safety.answers(), safety.reportedAllergies(catalog),
                    safety.reportedMedications(catalog));
        }
    }

    private static String section(Object form) {
        if (form instanceof IntakeForms.Visit) {
            return "visit";
        }
        return form instanceof IntakeForms.Care ? "care" : "safety";
    }

    private String page(CurrentUser me, UUID patientId, String base, Model model, String section,
            Map<String, String> problems, Object typed) {
        var view = intake.open(me, patientId);
        model.addAttribute("patient", view.chart().patient());
        model.addAttribute("intake", view.intake());
        if (!"all".equals(section)) {
            model.addAttribute("visit", "visit".equals(section) ? typed : IntakeForms.Visit.of(view.intake().visit()));
            model.addAttribute("care", "care".equals(section) ? typed : IntakeForms.Care.of(view.intake().care()));
            model.addAttribute("safety", "safety".equals(section) ? typed : IntakeForms.Safety.of(view.intake()));
        }
        model.addAttribute("problems", problems);
        model.addAttribute("sections", SECTIONS);
        model.addAttribute("allergyClasses", AllergyClass.values());
        model.addAttribute("reactionTypes", ReactionType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("drugClasses", DrugClass.values());
        model.addAttribute("mayMap", me.role() == Role.CLINICIAN);
        model.addAttribute("medicationCatalog", catalog.entries());
        model.addAttribute("intakeBase", base);
        model.addAttribute("staffView", me.isStaff());
        model.addAttribute("mayAnswer", me.mayEditRecords() || patientId.equals(me.patientId()));
        model.addAttribute("mayAccept", me.mayEditRecords());
        startFromTheBookingReason(patientId, model);
        return "screening/intake";
    }
}
