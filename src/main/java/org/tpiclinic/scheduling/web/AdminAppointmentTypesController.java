package org.tpiclinic.scheduling.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.scheduling.AppointmentType;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.SchedulingSetup;

/**
 * Admin: the booking rules of each appointment type. Units: minutes (duration, buffer), hours (notice,
 * cancellation window), days (horizon). The admin form allows 5 to 240 minutes, stricter than the domain's 480.
 */
@Controller
@RequestMapping("/admin/appointment-types")
class AdminAppointmentTypesController {

    private final SchedulingDirectory directory;
    private final SchedulingSetup setup;

    AdminAppointmentTypesController(SchedulingDirectory directory, SchedulingSetup setup) {
        this.directory = directory;
        this.setup = setup;
    }

    record TypeForm(@NotBlank @Size(max = 120) String name,
            @NotNull @Min(value = 5, message = DURATION) @Max(value = 240, message = DURATION) Integer durationMinutes,
            @NotNull @Min(value = 0, message = BUFFER) @Max(value = 120, message = BUFFER) Integer bufferAfterMinutes,
            Boolean bookableOnline,
            @NotNull @Min(value = 0, message = HOURS) @Max(value = 8760, message = HOURS) Integer minNoticeHours,
            @NotNull @Min(value = 1, message = HORIZON) @Max(value = 730, message = HORIZON) Integer horizonDays,
            @NotNull @Min(value = 0, message = HOURS) @Max(value = 8760, message = HOURS) Integer cancellationWindowHours,
            Boolean requiresApproval) {

        static final String DURATION = "Use 5 to 240 minutes";
        static final String BUFFER = "Use 0 to 120 minutes";
        static final String HOURS = "Use 0 to 8760 hours (a year)";
        static final String HORIZON = "Use 1 to 730 days";

        static TypeForm of(AppointmentType t) {
            return new TypeForm(t.name(), t.durationMinutes(), t.bufferAfterMinutes(), t.bookableOnline(),
                    t.minNoticeHours(), t.horizonDays(), t.cancellationWindowHours(), t.requiresApproval());
        }

        /** A new type's starting values: a 30-minute consultation bookable online without approval. */
        static TypeForm blank() {
            return new TypeForm("", 30, 0, true, 24, 90, 24, false);
        }

        /** An unticked box sends nothing (or only Thymeleaf's "_" marker): no approval. */
        boolean approval() {
            return Boolean.TRUE.equals(requiresApproval);
        }

        AppointmentType.Rules rules() {
            return new AppointmentType.Rules(name, durationMinutes, bufferAfterMinutes, Boolean.TRUE.equals(bookableOnline),
                    minNoticeHours, horizonDays, cancellationWindowHours);
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("types", directory.types());
        return "scheduling/admin/types";
    }

    @GetMapping("/new")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TypeForm.blank());
        }
        return "scheduling/admin/type";
    }

    @PostMapping
    String define(@Valid @ModelAttribute("form") TypeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        // A record form has no binding target when any field failed to convert; its errors are already in `errors`.
        if (form == null || errors.getTarget() == null) {
            showAgain(TypeForm.blank(), errors, model);
            return create(model);
        }
        checkStep(form, errors);
        if (!errors.hasErrors()) {
            try {
                setup.defineType(form.rules(), form.approval());
                redirect.addFlashAttribute("notice", "Appointment type " + form.name().trim() + " added.");
                return "redirect:/admin/appointment-types";
            } catch (IllegalArgumentException refused) {
                errors.reject("type.refused", refused.getMessage());
            }
        }
        return create(model);
    }

    @GetMapping("/{typeId}")
    String edit(@PathVariable UUID typeId, Model model) {
        var type = directory.type(typeId);
        model.addAttribute("type", type);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TypeForm.of(type));
        }
        return "scheduling/admin/type";
    }

    @PostMapping("/{typeId}")
    String change(@PathVariable UUID typeId, @Valid @ModelAttribute("form") TypeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var stored = directory.type(typeId);
        // A record form has no binding target when any field failed to convert; its errors are already in `errors`.
        if (form == null || errors.getTarget() == null) {
            return againWithStoredValues(stored, errors, model);
        }
        checkStep(form, errors);
        if (!errors.hasErrors()) {
            try {
                setup.changeRules(typeId, form.rules(), form.approval());
                redirect.addFlashAttribute("notice", "Appointment type " + form.name().trim() + " saved.");
                return "redirect:/admin/appointment-types";
            } catch (IllegalArgumentException refused) {
                errors.reject("type.refused", refused.getMessage());
            }
        }
        return edit(typeId, model);
    }

    private static void checkStep(TypeForm form, BindingResult errors) {
        // A record form is null when any field failed to convert; its errors are already in `errors`.
        if (form != null && !errors.hasFieldErrors("durationMinutes") && form.durationMinutes() % 5 != 0) {
            errors.rejectValue("durationMinutes", "duration.step", "Use steps of 5 minutes");
        }
    }

    /**
     * The page again after a field failed to convert ("ten" minutes): the stored values under the errors, each
     * field that failed showing what was typed, so the page renders and says what to fix.
     */
    private String againWithStoredValues(AppointmentType stored, BindingResult errors, Model model) {
        showAgain(TypeForm.of(stored), errors, model);
        return edit(stored.id(), model);
    }

    private static void showAgain(TypeForm shown, BindingResult errors, Model model) {
        var result = new DirectFieldBindingResult(shown, "form");
        errors.getAllErrors().forEach(result::addError);
        model.addAttribute("form", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
    }
}
