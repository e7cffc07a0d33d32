package org.tpiclinic.screening.web;

import java.util.HashMap;
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
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.MedicationCatalog;
import org.tpiclinic.screening.BookingReasons;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.InvalidAnswer;
import org.tpiclinic.screening.intake.Proposal;

/**
 * The intake questionnaire page, shared by the portal and staff ({@code /patients/{id}/intake}) and the emailed
 * link ({@code /intake/{token}}): the same sections and checks, posting back to {@code base}. A bad answer is
 * shown beside its field with everything typed kept.
 */
@Component
class IntakePage {

    private final IntakeQuestionnaire intake;
    private final MedicationCatalog catalog;
    private final MessageSource messages;
    private final ObjectProvider<BookingReasons> bookingReasons;

    IntakePage(IntakeQuestionnaire intake, MedicationCatalog catalog, MessageSource messages,
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
                redirect.addFlashAttribute("notice", text("intake.saved." + section));
                return "redirect:" + base + "#" + section;
            } catch (InvalidAnswer refused) {
                problems.put(refused.field(), messages.getMessage(refused.messageKey(), null, refused.getMessage(),
                        LocaleContextHolder.getLocale()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(me, patientId, base, model, section, problems, form);
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
            intake.saveSafety(me, patientId, safety.answers(), safety.reportedAllergies(),
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
        model.addAttribute("visit", "visit".equals(section) ? typed : IntakeForms.Visit.of(view.intake().visit()));
        model.addAttribute("care", "care".equals(section) ? typed : IntakeForms.Care.of(view.intake().care()));
        model.addAttribute("safety", "safety".equals(section) ? typed : IntakeForms.Safety.of(view.intake()));
        model.addAttribute("problems", problems);
        model.addAttribute("allergyClasses", AllergyClass.values());
        model.addAttribute("medicationCatalog", catalog.entries());
        model.addAttribute("intakeBase", base);
        model.addAttribute("staffView", me.isStaff());
        model.addAttribute("mayAnswer", me.mayEditRecords() || patientId.equals(me.patientId()));
        model.addAttribute("mayAccept", me.mayEditRecords());
        startFromTheBookingReason(patientId, model);
        return "screening/intake";
    }
}
