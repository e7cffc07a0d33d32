package org.tpiclinic.waitlist.web;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.waitlist.TooManyOpenEntriesException;
import org.tpiclinic.waitlist.Waitlist;
import org.tpiclinic.waitlist.WaitlistStatus;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/** Staff: the waitlist with filters, adding a patient to it, and taking an entry off. Billing is refused. */
@Controller
class WaitlistController {

    /** The default filter: entries still on the list, waiting or holding an offer. */
    private static final String OPEN = "OPEN";

    private final Waitlist waitlist;
    private final WaitlistRows rows;
    private final SchedulingDirectory directory;
    private final PatientRegistry patients;
    private final Clock clock;

    WaitlistController(Waitlist waitlist, WaitlistRows rows, SchedulingDirectory directory, PatientRegistry patients,
            Clock clock) {
        this.waitlist = waitlist;
        this.rows = rows;
        this.directory = directory;
        this.patients = patients;
        this.clock = clock;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(WaitlistForm.FIELDS);
    }

    @GetMapping("/schedule/waitlist")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) UUID typeId,
            @RequestParam(required = false) UUID locationId, @AuthenticationPrincipal ClinicUser me, Model model) {
        String chosen = status == null || !"ALL".equals(status) && parse(status) == null ? OPEN : status;
        var entries = waitlist.list(me.current(), statuses(chosen), typeId, locationId);
        var names = patients.names(me.current(), entries.stream().map(e -> e.patientId()).distinct().toList());
        model.addAttribute("rows", rows.rows(entries, waitlist.heldOffers(me.current(), entries)));
        model.addAttribute("names", names);
        model.addAttribute("statuses", WaitlistStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("typeId", typeId);
        model.addAttribute("locationId", locationId);
        rows.choices(model);
        return "waitlist/list";
    }

    @GetMapping("/schedule/waitlist/new")
    String form(@ModelAttribute("form") WaitlistForm form, @RequestParam(required = false) String q,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        requireEditor(me);
        fill(form, q, me, model);
        return "waitlist/new";
    }

    @PostMapping("/schedule/waitlist")
    String add(@ModelAttribute("form") WaitlistForm form, BindingResult errors, @AuthenticationPrincipal ClinicUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        requireEditor(me);
        form.validate(errors, directory, clock);
        if (form.getPatientId() == null
                || patients.names(me.current(), List.of(form.getPatientId())).isEmpty()) {
            errors.reject("waitlist.error.patient", "Find the patient first.");
        }
        if (!errors.hasErrors()) {
            try {
                waitlist.add(me.current(), form.getPatientId(), form.request());
                redirect.addFlashAttribute("notice", "waitlist.added");
                return "redirect:/schedule/waitlist";
            } catch (TooManyOpenEntriesException full) {
                errors.reject("waitlist.error.tooManyPatient", new Object[] { full.limit() }, full.getMessage());
            } catch (IllegalArgumentException | NotFoundException refused) {
                errors.reject("waitlist.error", refused.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        fill(form, null, me, model);
        return "waitlist/new";
    }

    @PostMapping("/schedule/waitlist/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        waitlist.withdraw(me.current(), id);
        redirect.addFlashAttribute("notice", "waitlist.withdrawn");
        return "redirect:/schedule/waitlist";
    }

    private void fill(WaitlistForm form, String q, ClinicUser me, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank() && q.length() <= 100) {
            model.addAttribute("found", patients.search(me.current(), q));
        }
        if (form.getPatientId() != null) {
            model.addAttribute("patientName",
                    patients.names(me.current(), List.of(form.getPatientId())).get(form.getPatientId()));
        }
        rows.choices(model);
    }

    /** The filter value OPEN (the default) or ALL, or one status. */
    private static Set<WaitlistStatus> statuses(String chosen) {
        return switch (chosen) {
            case OPEN -> EnumSet.of(WaitlistStatus.WAITING, WaitlistStatus.OFFERED);
            case "ALL" -> Set.of();
            default -> Set.of(parse(chosen));
        };
    }

    private static WaitlistStatus parse(String status) {
        try {
            return WaitlistStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static void requireEditor(ClinicUser me) {
        if (!me.current().mayEditRecords()) {
            throw new ForbiddenException("Only front desk, clinicians and admins use the waitlist");
        }
    }
}
