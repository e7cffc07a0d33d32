package org.tpiclinic.patients.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;

/** Finding, registering, reading and editing patients. Who may do what is decided by {@link PatientRegistry}. */
@Controller
class PatientController {

    private final PatientRegistry registry;
    private final ChartModel chartModel;
    private final Clock clock;

    PatientController(PatientRegistry registry, ChartModel chartModel, Clock clock) {
        this.registry = registry;
        this.chartModel = chartModel;
        this.clock = clock;
    }

    @ModelAttribute("sexes")
    Sex[] sexes() {
        return Sex.values();
    }

    @GetMapping("/patients")
    String search(@RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal ClinicUser me,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            if (q.length() > 100) {
                model.addAttribute("queryError", true);
            } else {
                model.addAttribute("results", registry.search(me.current(), q));
            }
        }
        model.addAttribute("today", LocalDate.now(clock));
        // Typing in the search box (htmx) asks for the results only; the plain form gets the whole page.
        return htmx != null ? "patients/search :: results" : "patients/search";
    }

    @GetMapping("/patients/new")
    String newPatient(Model model) {
        model.addAttribute("form", PatientForm.empty());
        return "patients/form";
    }

    @PostMapping("/patients")
    String register(@Valid @ModelAttribute("form") PatientForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "patients/form";
        }
        try {
            var registration = registry.register(me.current(), form.details(), form.isConfirmNotDuplicate());
            if (!registration.done()) {
                model.addAttribute("duplicates", registration.possibleDuplicates());
                return "patients/form";
            }
            redirect.addFlashAttribute("notice", "patient.notice.registered");
            redirect.addFlashAttribute("noticeArgs", new Object[] { registration.registered().mrn() });
            return "redirect:/patients/" + registration.registered().id();
        } catch (FieldRefused refused) {
            refused.rejectIn(errors);
            return "patients/form";
        }
    }

    @GetMapping("/patients/{patientId}")
    String chart(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        chartModel.fill(model, registry.chart(me.current(), patientId));
        return me.current().isStaff() ? "patients/chart" : "patients/my-record";
    }

    @GetMapping("/patients/{patientId}/edit")
    String edit(@PathVariable UUID patientId, @AuthenticationPrincipal ClinicUser me, Model model) {
        if (!me.current().mayEditRecords()) {
            throw new ForbiddenException("Only front desk, clinicians and admins edit patient details");
        }
        var chart = registry.chart(me.current(), patientId);
        model.addAttribute("patient", chart.patient());
        model.addAttribute("form", PatientForm.of(chart.patient()));
        return "patients/form";
    }

    @PostMapping("/patients/{patientId}")
    String update(@PathVariable UUID patientId, @Valid @ModelAttribute("form") PatientForm form,
            BindingResult errors, @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!me.current().mayEditRecords()) {
            throw new ForbiddenException("Only front desk, clinicians and admins edit patient details");
        }
        model.addAttribute("patientId", patientId);
        if (form.getVersion() == null) {
            errors.reject("patient.version", "Open the record again before editing it.");
        }
        if (errors.hasErrors()) {
            return "patients/form";
        }
        try {
            registry.update(me.current(), patientId, form.getVersion(), form.details());
        } catch (FieldRefused refused) {
            refused.rejectIn(errors);
            return "patients/form";
        } catch (ConflictException stale) {
            // The form keeps what was typed, so nothing is lost; the user reloads and re-applies it.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", stale.getMessage());
            return "patients/form";
        }
        redirect.addFlashAttribute("notice", "patient.notice.saved");
        return "redirect:/patients/" + patientId;
    }
}
