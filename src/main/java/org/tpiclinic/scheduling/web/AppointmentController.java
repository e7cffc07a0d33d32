package org.tpiclinic.scheduling.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.AppointmentDesk;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.Calendar;
import org.tpiclinic.scheduling.SlotTakenException;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.AppointmentId;

/**
 * One appointment: see it, check in, complete, no-show, cancel with a reason, reschedule. Completed and no-show
 * are asked about first (a POST without {@code confirmed=true} only shows the question) and can be undone.
 */
@Controller
class AppointmentController {

    private final AppointmentDesk desk;
    private final Bookings bookings;
    private final Calendar calendar;
    private final Clock clock;

    AppointmentController(AppointmentDesk desk, Bookings bookings, Calendar calendar, Clock clock) {
        this.desk = desk;
        this.bookings = bookings;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/schedule/appointments/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, Model model) {
        var entry = calendar.entry(me.current(), desk.get(me.current(), id));
        model.addAttribute("entry", entry);
        model.addAttribute("a", entry.appointment());
        model.addAttribute("started", entry.appointment().hasStarted(clock.instant()));
        if (!model.containsAttribute("rescheduleDate")) {
            model.addAttribute("rescheduleDate", entry.localStart().toLocalDate());
            model.addAttribute("rescheduleTime", entry.localStart().toLocalTime());
        }
        return "scheduling/appointment";
    }

    @PostMapping("/schedule/appointments/{id}/check-in")
    String checkIn(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        desk.checkIn(me.current(), id);
        return done(id, "Checked in.", redirect);
    }

    @PostMapping("/schedule/appointments/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return close(id, "complete", confirmed, me, model, redirect, response,
                () -> desk.complete(me.current(), id), "Marked completed. Its reminders were withdrawn.");
    }

    @PostMapping("/schedule/appointments/{id}/no-show")
    String noShow(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return close(id, "no-show", confirmed, me, model, redirect, response,
                () -> desk.markNoShow(me.current(), id), "Marked a no-show. Its reminders were withdrawn.");
    }

    @PostMapping("/schedule/appointments/{id}/reopen")
    String reopen(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            desk.reopen(me.current(), id);
            return done(id, "Undone: the appointment is open again.", redirect);
        } catch (ConflictException refused) {
            return refused(id, refused, me, model, response);
        }
    }

    /** Asks first; with the answer, changes the status (or shows why not, with 409). */
    private String close(UUID id, String action, boolean confirmed, ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Runnable change, String notice) {
        if (!confirmed) {
            model.addAttribute("confirm", action);
            return show(id, me, model);
        }
        try {
            change.run();
            return done(id, notice, redirect);
        } catch (ConflictException refused) {
            return refused(id, refused, me, model, response);
        }
    }

    private String refused(UUID id, ConflictException refused, ClinicUser me, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("refusal", refused.getMessage());
        return show(id, me, model);
    }

    @PostMapping("/schedule/appointments/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        try {
            desk.cancel(me.current(), AppointmentId.of(id), reason);
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("reasonError", refused.getMessage());
            return "redirect:/schedule/appointments/" + id;
        }
        return done(id, "Cancelled.", redirect);
    }

    @PostMapping("/schedule/appointments/{id}/reschedule")
    String reschedule(@PathVariable UUID id, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String time, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var entry = calendar.entry(me.current(), desk.get(me.current(), id));
        model.addAttribute("rescheduleDate", date);
        model.addAttribute("rescheduleTime", time);
        try {
            var local = LocalDate.parse(date).atTime(LocalTime.parse(time));
            bookings.reschedule(me.current(), AppointmentId.of(id), null, local.atZone(entry.zone()).toInstant());
            return done(id, "Rescheduled.", redirect);
        } catch (DateTimeException unreadable) {
            model.addAttribute("rescheduleError", "Enter a date (YYYY-MM-DD) and a time (HH:MM).");
        } catch (SlotTakenException taken) {
            model.addAttribute("taken", taken);
        } catch (IllegalArgumentException refused) {
            model.addAttribute("rescheduleError", refused.getMessage());
        }
        response.setStatus(model.containsAttribute("taken") ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("entry", entry);
        model.addAttribute("a", entry.appointment());
        model.addAttribute("started", entry.appointment().hasStarted(clock.instant()));
        return "scheduling/appointment";
    }

    private static String done(UUID id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/schedule/appointments/" + id;
    }
}
