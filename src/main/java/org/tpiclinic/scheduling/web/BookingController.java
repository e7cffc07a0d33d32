package org.tpiclinic.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.SlotSearch;
import org.tpiclinic.scheduling.SlotTakenException;
import org.tpiclinic.shared.ForbiddenException;

/** Booking a patient into a free slot: find the patient, pick a type and a day, choose a slot, book. */
@Controller
class BookingController {

    private final Bookings bookings;
    private final SlotSearch slots;
    private final SchedulingDirectory directory;
    private final PatientRegistry patients;
    private final Clock clock;

    BookingController(Bookings bookings, SlotSearch slots, SchedulingDirectory directory, PatientRegistry patients,
            Clock clock) {
        this.bookings = bookings;
        this.slots = slots;
        this.directory = directory;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/schedule/book")
    String page(@RequestParam(required = false) UUID patientId, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID typeId, @RequestParam(required = false) UUID clinicianId,
            @RequestParam(required = false) UUID locationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        if (!me.current().mayEditRecords()) {
            throw new ForbiddenException("Only front desk, clinicians and admins book appointments");
        }
        var day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("day", day);
        model.addAttribute("types", directory.types());
        model.addAttribute("clinicians", directory.clinicians());
        model.addAttribute("locations", directory.locations());
        model.addAttribute("typeId", typeId);
        model.addAttribute("clinicianId", clinicianId);
        model.addAttribute("locationId", locationId);
        if (q != null && !q.isBlank() && q.length() <= 100) {
            model.addAttribute("found", patients.search(me.current(), q));
        }
        if (patientId != null) {
            var names = patients.names(me.current(), List.of(patientId));
            model.addAttribute("patientId", patientId);
            model.addAttribute("patientName", names.getOrDefault(patientId, null));
        }
        if (typeId != null && patientId != null) {
            model.addAttribute("slots", slots.find(typeId, clinicianId, locationId, day, day.plusDays(6), false));
            model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        }
        return "scheduling/book";
    }

    @PostMapping("/schedule/appointments")
    String book(@Valid @ModelAttribute("form") BookingForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "scheduling/refused";
        }
        try {
            var booked = bookings.bookSeries(me.current(), form.request(), form.getEveryWeeks(), form.getCount());
            redirect.addFlashAttribute("notice", booked.size() == 1 ? "Appointment booked."
                    : booked.size() + " appointments booked.");
            return "redirect:/schedule/appointments/" + booked.get(0).id();
        } catch (SlotTakenException taken) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("taken", taken);
            model.addAttribute("nextKey", UUID.randomUUID().toString());
            return "scheduling/refused";
        } catch (IllegalArgumentException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors.reject("booking.invalid", refused.getMessage());
            return "scheduling/refused";
        }
    }
}
