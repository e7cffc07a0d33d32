package org.tpiclinic.patients.web;

import java.util.Comparator;
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
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientEntries;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.shared.NotFoundException;

/**
 * Adding and voiding allergies, medications and conditions on a chart. After each post the chart is shown again
 * (post/redirect/get); a problem is shown at the top of the form it came from.
 */
@Controller
@RequestMapping("/patients/{patientId}")
class RecordEntryController {

    /** The old form's choice for a medication typed by hand; the name then comes from {@code otherName}. */
    private static final String OTHER_MEDICATION = "Other (not on this list)";

    private final PatientRegistry registry;
    private final SubstanceCatalog catalog;
    private final MessageSource messages;

    RecordEntryController(PatientRegistry registry, SubstanceCatalog catalog, MessageSource messages) {
        this.registry = registry;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** An allergy; {@code allergyClass} may be left empty when the substance catalogue knows the substance. */
    record AllergyForm(@NotBlank @Size(max = 120) String substance, AllergyClass allergyClass,
            @NotNull ReactionType reactionType, @NotNull Severity severity) {
    }

    /** A medication as typed; {@code drugClass} is needed only when the substance catalogue does not know it. */
    record MedicationForm(@Size(max = 120) String drug, @Size(max = 120) String otherName,
            @Size(max = 120) String dose, DrugClass drugClass) {

        String name() {
            boolean typedElsewhere = drug == null || drug.isBlank() || OTHER_MEDICATION.equals(drug);
            return typedElsewhere ? otherName : drug;
        }
    }

    record ConditionForm(@NotNull ConditionKind kind, @Size(max = 300) String note) {
    }

    record VoidForm(@NotBlank(message = "{void.reason.required}") @Size(max = 300) String reason) {
    }

    @PostMapping("/allergies")
    String addAllergy(@PathVariable UUID patientId, @Valid AllergyForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        AllergyClass cls = null;
        if (!errors.hasErrors()) {
            cls = allergyClass(form.substance(), form.allergyClass());
            if (cls == null) {
                errors.rejectValue("allergyClass", "allergy.error.class",
                        new Object[] { form.substance() }, "Choose the class of the allergen");
            } else if (catalog.match(form.substance()).isEmpty() && !clinician(me)) {
                errors.rejectValue("allergyClass", "substance.error.clinicianMaps",
                        new Object[] { form.substance() }, "Only a clinician chooses the class");
            }
        }
        if (!errors.hasErrors()) {
            registry.addAllergy(me.current(), patientId, form.substance(), cls, form.reactionType(),
                    form.severity());
        }
        return back(patientId, errors, "allergy", "chart.notice.allergyAdded", redirect);
    }

    @PostMapping("/medications")
    String addMedication(@PathVariable UUID patientId, @Valid MedicationForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        String name = form.name();
        DrugClass cls = null;
        if (name == null || name.isBlank()) {
            errors.rejectValue("drug", "medication.error.name", "Type the name of the medication");
        } else if (!errors.hasErrors()) {
            cls = drugClass(name, form.drugClass());
            if (cls == null) {
                errors.rejectValue("drugClass", "medication.error.class", new Object[] { name.trim() },
                        "Choose the class of the medication");
            } else if (catalog.matchAll(name).isEmpty() && !clinician(me)) {
                errors.rejectValue("drugClass", "substance.error.clinicianMaps", new Object[] { name.trim() },
                        "Only a clinician chooses the class");
            }
        }
        if (!errors.hasErrors()) {
            registry.addMedication(me.current(), patientId, name, cls, form.dose());
        }
        return back(patientId, errors, "medication", "chart.notice.medicationAdded", redirect);
    }

    @PostMapping("/allergies/none")
    String affirmNoKnownAllergies(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        registry.affirmNoKnownAllergies(me.current(), patientId);
        redirect.addFlashAttribute("notice", "chart.noAllergies.affirmed");
        return "redirect:/patients/" + patientId + "#allergies";
    }

    /** Mapping a substance the catalogue does not know to a class is a clinician's decision. */
    private static boolean clinician(ClinicUser me) {
        return me.current().role() == Role.CLINICIAN;
    }

    /**
     * The class an allergy is recorded with: the catalogue's when it knows the substance for a rule (whatever was
     * chosen), else the class chosen; {@code null} when neither says (the person adding it must choose).
     */
    private AllergyClass allergyClass(String substance, AllergyClass chosen) {
        var known = catalog.match(substance).map(m -> m.entry().allergyClass());
        if (known.isPresent() && known.get() != AllergyClass.OTHER) {
            return known.get();
        }
        return chosen != null ? chosen : known.orElse(null);
    }

    /** The catalogue's class for a medication it knows, else the class chosen, else {@code null}. */
    private DrugClass drugClass(String name, DrugClass chosen) {
        var known = catalog.matchAll(name).stream().map(m -> m.entry().drugClass())
                .min(Comparator.comparingInt(Enum::ordinal));
        return known.orElse(chosen);
    }

    @PostMapping("/conditions")
    String addCondition(@PathVariable UUID patientId, @Valid ConditionForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            registry.addCondition(me.current(), patientId, form.kind(), form.note());
        }
        return back(patientId, errors, "condition", "chart.notice.conditionAdded", redirect);
    }

    @PostMapping("/{kind}/{entryId}/void")
    String voidEntry(@PathVariable UUID patientId, @PathVariable String kind, @PathVariable UUID entryId,
            @Valid VoidForm form, BindingResult errors, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        var entryKind = switch (kind) {
            case "allergies" -> PatientEntries.Kind.ALLERGY;
            case "medications" -> PatientEntries.Kind.MEDICATION;
            case "conditions" -> PatientEntries.Kind.CONDITION;
            default -> throw new NotFoundException("That kind of entry");
        };
        if (!errors.hasErrors()) {
            registry.voidEntry(me.current(), patientId, entryKind, entryId, form.reason());
        }
        return back(patientId, errors, entryKind.label(), "chart.notice.voided", redirect);
    }

    private String back(UUID patientId, BindingResult errors, String section, String doneKey,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(section + "Problems", errors.getAllErrors().stream()
                    .map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList());
        } else {
            redirect.addFlashAttribute("notice", doneKey);
        }
        String anchor = "allergy".equals(section) ? "allergies" : section + "s";
        return "redirect:/patients/" + patientId + "#" + anchor;
    }
}
