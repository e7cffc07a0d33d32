package org.tpiclinic.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.SlotSearch;
import org.tpiclinic.booking.MyAppointments;
import org.tpiclinic.booking.OnlineBookingException;
import org.tpiclinic.booking.OnlineBookings;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * A signed-in patient's own appointments: see, cancel and reschedule them while the type's window allows.
 * Cancelling asks first (a POST without {@code confirmed=true} only shows the question); free times to move to
 * are listed day by day.
 */
@Controller
class MyAppointmentsController {

    private final MyAppointments mine;
    private final OnlineBookings online;
    private final SchedulingDirectory directory;
    private final SlotSearch slots;
    private final Clock clock;

    MyAppointmentsController(MyAppointments mine, OnlineBookings online, SchedulingDirectory directory,
            SlotSearch slots, Clock clock) {
        this.mine = mine;
        this.online = online;
        this.directory = directory;
        this.slots = slots;
        this.clock = clock;
    }

    @GetMapping("/my/appointments")
    String list(@AuthenticationPrincipal ClinicUser me, Model model) {
        model.addAttribute("rows", mine.upcoming(me.current()).stream().map(this::row).toList());
        return "booking/my-appointments";
    }

    private Row row(org.tpiclinic.scheduling.Appointment a) {
        var location = directory.location(a.locationId());
        return new Row(a.id(), directory.type(a.typeId()).name(), directory.clinician(a.clinicianId()).name(),
                location.name(), new org.tpiclinic.scheduling.Slot(a.clinicianId(), a.locationId(), a.typeId(),
                        a.startAt(), a.endAt(), location.zone()).label(),
                a.status().name().toLowerCase().replace('_', ' '), mine.changeable(a));
    }

    record Row(UUID id, String type, String clinician, String location, String when, String status,
            boolean changeable) {
    }

    @GetMapping("/my/appointments/{id}/cancel")
    String cancelQuestion(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me,
            HttpServletResponse response, Model model) {
        var a = mine.own(me.current(), AppointmentId.of(id));
        if (!mine.changeable(a)) {
            return refused(new MyAppointments.OutsideWindowException().getMessage(), me, response, model);
        }
        model.addAttribute("row", row(a));
        return "booking/cancel";
    }

    @PostMapping("/my/appointments/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect, HttpServletResponse response,
            Model model) {
        if (!confirmed) {
            return cancelQuestion(id, me, response, model);
        }
        try {
            mine.cancel(me.current(), AppointmentId.of(id));
            redirect.addFlashAttribute("notice", "my.cancelled");
            return "redirect:/my/appointments";
        } catch (MyAppointments.OutsideWindowException late) {
            return refused(late.getMessage(), me, response, model);
        }
    }

    @GetMapping("/my/appointments/{id}/reschedule")
    String reschedulePage(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal ClinicUser me, HttpServletResponse response, Model model) {
        var a = mine.own(me.current(), AppointmentId.of(id));
        if (!mine.changeable(a)) {
            return refused(new MyAppointments.OutsideWindowException().getMessage(), me, response, model);
        }
        var zone = slots.zoneOf(a.locationId());
        var today = LocalDate.now(clock.withZone(zone));
        var from = date == null || date.isBefore(today) || date.isAfter(today.plusDays(730)) ? today : date;
        model.addAttribute("appointmentId", id);
        model.addAttribute("date", from);
        model.addAttribute("zone", zone.getId());
        var free = online.freeSlots(a.typeId(), LocationId.of(a.locationId()), from, from.plusDays(6));
        model.addAttribute("slots", free);
        model.addAttribute("slotDays", SlotDays.of(free));
        model.addAttribute("when", row(a).when());
        return "booking/reschedule";
    }

    @PostMapping("/my/appointments/{id}/reschedule")
    String reschedule(@PathVariable UUID id, @RequestParam(required = false) String slot,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect, HttpServletResponse response,
            Model model) {
        var chosen = BookForm.parseSlot(slot);
        if (chosen == null) {
            return refused("Choose one of the free times.", me, response, model);
        }
        try {
            mine.reschedule(me.current(), AppointmentId.of(id), ClinicianId.of(chosen.clinicianId()), chosen.start());
            redirect.addFlashAttribute("notice", "my.moved");
            return "redirect:/my/appointments";
        } catch (MyAppointments.OutsideWindowException | OnlineBookingException refused) {
            return refused(refused.getMessage(), me, response, model);
        }
    }

    private String refused(String message, ClinicUser me, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("refusal", message);
        return list(me, model);
    }

}
