package org.tpiclinic.scheduling.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.scheduling.Availability;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.ScheduleException;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.SchedulingSetup;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * Admin: each clinician's appointment types, weekly hours per location, weekly breaks and one-day exceptions
 * (time off, extra hours), all in the location's local time. Changing hours never moves a booked appointment.
 */
@Controller
@RequestMapping("/admin/clinicians")
class AdminCliniciansController {

    private final SchedulingDirectory directory;
    private final SchedulingSetup setup;
    private final Availability availability;
    private final Clock clock;

    AdminCliniciansController(SchedulingDirectory directory, SchedulingSetup setup, Availability availability,
            Clock clock) {
        this.directory = directory;
        this.setup = setup;
        this.availability = availability;
        this.clock = clock;
    }

    private static final Map<String, String> DAYS = new LinkedHashMap<>();
    private static final Map<String, String> KINDS = Map.of("TIME_OFF", "Time off", "EXTRA_HOURS", "Extra hours");

    static {
        for (var day : DayOfWeek.values()) {
            DAYS.put(day.name(), day.getDisplayName(TextStyle.FULL, Locale.US));
        }
    }

    record HoursForm(@NotNull UUID locationId, @NotNull DayOfWeek day,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime start,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime end) {
    }

    /** Field names differ from {@link HoursForm}'s so that the ids on the one page stay unique. */
    record BreakForm(@NotNull DayOfWeek breakDay, @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime breakStart,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime breakEnd) {
    }

    record ExceptionForm(@NotNull ScheduleException.Kind kind,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, UUID exceptionLocationId,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime exceptionStart,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime exceptionEnd, @Size(max = 200) String note) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("clinicians", directory.clinicians());
        model.addAttribute("typeNames", typeNames());
        var accounts = new LinkedHashMap<UUID, String>();
        setup.clinicianAccountsToAdd().forEach(a -> accounts.put(a.id(), a.displayName() + " (" + a.username() + ")"));
        model.addAttribute("accountsToAdd", accounts);
        return "scheduling/admin/clinicians";
    }

    /** Makes a clinician account bookable; hours and types follow on the clinician's own page. */
    @PostMapping
    String add(@RequestParam(required = false) String userId, Model model, RedirectAttributes redirect) {
        String problem = "Choose a clinician account from the list";
        var account = uuid(userId);
        if (account != null) {
            try {
                var clinician = setup.addClinician(account);
                return done(clinician.id(), redirect, clinician.name() + " added. Give their hours and appointment types.");
            } catch (IllegalArgumentException refused) {
                problem = refused.getMessage();
            } catch (NotFoundException unknown) {
                // the default problem
            }
        }
        model.addAttribute("addProblem", problem);
        return list(model);
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @GetMapping("/{clinicianId}")
    String page(@PathVariable UUID clinicianId, Model model) {
        var clinician = directory.clinician(clinicianId);
        var today = LocalDate.now(clock);
        model.addAttribute("clinician", clinician);
        model.addAttribute("types", directory.types());
        model.addAttribute("locationNames", locationNames());
        model.addAttribute("days", DAYS);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("hours", availability.hours(ClinicianId.of(clinicianId)));
        model.addAttribute("breaks", availability.breaks(ClinicianId.of(clinicianId)));
        model.addAttribute("exceptions", availability.exceptions(ClinicianId.of(clinicianId), today.minusDays(1), today.plusYears(2)));
        addIfAbsent(model, "hoursForm", new HoursForm(null, null, null, null));
        addIfAbsent(model, "breakForm", new BreakForm(null, null, null));
        addIfAbsent(model, "exceptionForm", new ExceptionForm(null, null, null, null, null, null));
        return "scheduling/admin/clinician";
    }

    @PostMapping("/{clinicianId}/types")
    String offer(@PathVariable UUID clinicianId, @RequestParam(required = false) List<String> typeIds, Model model,
            RedirectAttributes redirect) {
        var ids = new HashSet<UUID>();
        try {
            (typeIds == null ? List.<String>of() : typeIds).forEach(id -> ids.add(UUID.fromString(id)));
            setup.offer(clinicianId, ids);
        } catch (IllegalArgumentException refused) {
            model.addAttribute("typesProblem", "Choose appointment types from the list");
            return page(clinicianId, model);
        }
        return done(clinicianId, redirect, "Appointment types saved.");
    }

    @PostMapping("/{clinicianId}/hours")
    String addHours(@PathVariable UUID clinicianId, @Valid @ModelAttribute("hoursForm") HoursForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        directory.clinician(clinicianId);
        if (!errors.hasErrors()) {
            try {
                availability.addHours(ClinicianId.of(clinicianId), LocationId.of(form.locationId()), form.day(), form.start(), form.end());
                return done(clinicianId, redirect, "Weekly hours added.");
            } catch (NotFoundException unknown) {
                errors.rejectValue("locationId", "location.unknown", "Choose a location from the list");
            } catch (IllegalArgumentException refused) {
                errors.rejectValue("end", "hours.refused", refused.getMessage());
            }
        }
        return page(clinicianId, model);
    }

    @PostMapping("/{clinicianId}/breaks")
    String addBreak(@PathVariable UUID clinicianId, @Valid @ModelAttribute("breakForm") BreakForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        directory.clinician(clinicianId);
        if (!errors.hasErrors()) {
            try {
                availability.addBreak(ClinicianId.of(clinicianId), form.breakDay(), form.breakStart(), form.breakEnd());
                return done(clinicianId, redirect, "Break added.");
            } catch (IllegalArgumentException refused) {
                errors.rejectValue("breakEnd", "break.refused", refused.getMessage());
            }
        }
        return page(clinicianId, model);
    }

    @PostMapping("/{clinicianId}/exceptions")
    String addException(@PathVariable UUID clinicianId, @Valid @ModelAttribute("exceptionForm") ExceptionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        directory.clinician(clinicianId);
        if (!errors.hasErrors()) {
            try {
                var note = form.note() == null || form.note().isBlank() ? null : form.note().trim();
                availability.addException(new ScheduleException(UUID.randomUUID(), clinicianId,
                        form.exceptionLocationId(), form.kind(), form.date(), form.exceptionStart(),
                        form.exceptionEnd(), note));
                return done(clinicianId, redirect, "Exception added.");
            } catch (NotFoundException unknown) {
                errors.rejectValue("exceptionLocationId", "location.unknown", "Choose a location from the list");
            } catch (IllegalArgumentException refused) {
                var field = refused.getMessage().contains("location") ? "exceptionLocationId" : "exceptionEnd";
                errors.rejectValue(field, "exception.refused", refused.getMessage());
            }
        }
        return page(clinicianId, model);
    }

    @PostMapping("/{clinicianId}/entries/{entryId}/remove")
    String remove(@PathVariable UUID clinicianId, @PathVariable UUID entryId, RedirectAttributes redirect) {
        availability.remove(ClinicianId.of(clinicianId), entryId);
        return done(clinicianId, redirect, "Removed.");
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static String done(UUID clinicianId, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/clinicians/" + clinicianId;
    }

    private Map<UUID, String> locationNames() {
        var names = new LinkedHashMap<UUID, String>();
        for (Location l : directory.locations()) {
            names.put(l.id(), l.name() + " (" + l.zone().getId() + ")");
        }
        return names;
    }

    private Map<UUID, String> typeNames() {
        var names = new LinkedHashMap<UUID, String>();
        directory.types().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }
}
