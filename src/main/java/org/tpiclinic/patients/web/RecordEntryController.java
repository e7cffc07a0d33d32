package org.tpiclinic.patients.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.MedicationCatalog;
import org.tpiclinic.patients.PatientEntries;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;

/**
 * Adding and voiding allergies, medications and conditions on a chart. After each post the chart is shown again
 * (post/redirect/get); a problem is shown at the top of the form it came from.
 */
@Controller
@RequestMapping("/patients/{patientId}")
class RecordEntryController {

    private static final String OTHER_MEDICATION = "Other (not on this list)";

    private final PatientRegistry registry;
    private final MedicationCatalog catalog;
    private final MessageSource messages;

    RecordEntryController(PatientRegistry registry, MedicationCatalog catalog, MessageSource messages) {
        this.registry = registry;
        this.catalog = catalog;
        this.messages = messages;
    }

    record AllergyForm(@NotBlank @Size(max = 120) String substance, @NotNull AllergyClass allergyClass,
            @NotNull ReactionType reactionType, @NotNull Severity severity) {
    }

    record MedicationForm(@NotBlank String drug, @Size(max = 120) String otherName, @Size(max = 120) String dose) {
    }

    record ConditionForm(@NotNull ConditionKind kind, @Size(max = 300) String note) {
    }

    record VoidForm(@NotBlank(message = "{void.reason.required}") @Size(max = 300) String reason) {
    }

    @PostMapping("/allergies")
    String addAllergy(@PathVariable UUID patientId, @Valid AllergyForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            registry.addAllergy(me.current(), patientId, form.substance(), form.allergyClass(),
                    form.reactionType(), form.severity());
        }
        return back(patientId, errors, "allergy", "Allergy added.", redirect);
    }

    @PostMapping("/medications")
    String addMedication(@PathVariable UUID patientId, @Valid MedicationForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        var drug = catalog.find(form.drug());
        if (drug.isEmpty()) {
            errors.rejectValue("drug", "medication.unknown", "Choose a medication from the list");
        } else if (OTHER_MEDICATION.equals(drug.get().name())
                && (form.otherName() == null || form.otherName().isBlank())) {
            errors.rejectValue("otherName", "medication.other", "Type the name of the medication");
        }
        if (!errors.hasErrors()) {
            boolean other = OTHER_MEDICATION.equals(drug.get().name());
            registry.addMedication(me.current(), patientId, other ? form.otherName() : drug.get().name(),
                    other ? DrugClass.OTHER : drug.get().drugClass(), form.dose());
        }
        return back(patientId, errors, "medication", "Medication added.", redirect);
    }

    @PostMapping("/conditions")
    String addCondition(@PathVariable UUID patientId, @Valid ConditionForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            registry.addCondition(me.current(), patientId, form.kind(), form.note());
        }
        return back(patientId, errors, "condition", "Condition added.", redirect);
    }

    @PostMapping("/{kind}/{entryId}/void")
    String voidEntry(@PathVariable UUID patientId, @PathVariable String kind, @PathVariable UUID entryId,
            @Valid VoidForm form, BindingResult errors, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        var entryKind = switch (kind) {
            case "allergies" -> PatientEntries.Kind.ALLERGY;
            case "medications" -> PatientEntries.Kind.MEDICATION;
            case "conditions" -> PatientEntries.Kind.CONDITION;
            default -> throw new org.tpiclinic.shared.NotFoundException("That kind of entry");
        };
        if (!errors.hasErrors()) {
            registry.voidEntry(me.current(), patientId, entryKind, entryId, form.reason());
        }
        return back(patientId, errors, entryKind.label(), "Entry voided; it stays on the chart as history.",
                redirect);
    }

    private String back(UUID patientId, BindingResult errors, String section, String done,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(section + "Problems", errors.getAllErrors().stream()
                    .map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList());
        } else {
            redirect.addFlashAttribute("notice", done);
        }
        String anchor = "allergy".equals(section) ? "allergies" : section + "s";
        return "redirect:/patients/" + patientId + "#" + anchor;
    }
}
