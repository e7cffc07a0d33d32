package org.tpiclinic.scheduling.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.Calendar;
import org.tpiclinic.scheduling.Availability;
import org.tpiclinic.scheduling.CalendarView.Of;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.shared.ClinicianId;

/**
 * Reading the schedule: a day or a week (from Monday) of a clinician or of a location, one page for all four.
 * A date that cannot be read shows today with the message next to the date field (400), never a 500.
 */
@Controller
class ScheduleController {

    /** How far from today the calendar goes, either way: further is a typo, not a plan. */
    static final int MAX_YEARS_AWAY = 5;

    private final Calendar calendar;
    private final SchedulingDirectory directory;
    private final Availability availability;
    private final Clock clock;

    ScheduleController(Calendar calendar, SchedulingDirectory directory, Availability availability, Clock clock) {
        this.calendar = calendar;
        this.directory = directory;
        this.availability = availability;
        this.clock = clock;
    }

    @GetMapping("/schedule")
    String index(Model model) {
        model.addAttribute("clinicians", directory.clinicians());
        model.addAttribute("locations", directory.locations());
        model.addAttribute("today", LocalDate.now(clock));
        return "scheduling/index";
    }

    @GetMapping("/schedule/{of:clinicians|locations}/{id}/{span:day|week}")
    String view(@PathVariable String of, @PathVariable UUID id, @PathVariable String span,
            @RequestParam(required = false) String date, @RequestParam(required = false) String start,
            @AuthenticationPrincipal ClinicUser me, Model model, HttpServletResponse response) {
        var subject = "clinicians".equals(of) ? Of.CLINICIAN : Of.LOCATION;
        boolean week = "week".equals(span);
        var today = LocalDate.now(clock.withZone(subject == Of.LOCATION ? directory.location(id).zone() : homeZone(id)));
        var asked = date != null ? date : start;
        var day = asked == null || asked.isBlank() ? today : readDate(asked.trim(), today);
        if (day == null) {
            day = today;
            model.addAttribute("dateError", true);
            model.addAttribute("askedDate", asked);
            model.addAttribute("maxYears", MAX_YEARS_AWAY);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        var from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        var view = calendar.view(me.current(), subject, id, from, week ? 7 : 1);
        model.addAttribute("view", view);
        model.addAttribute("week", week);
        model.addAttribute("base", "/schedule/" + of + "/" + id);
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("previous", from.minusDays(week ? 7 : 1));
        model.addAttribute("next", from.plusDays(week ? 7 : 1));
        return "scheduling/calendar";
    }

    /**
     * Where a clinician's "today" is: the zone of the location of their first weekly hours (a clinician working in
     * Phoenix must not see tomorrow at 5 pm), else of the practice's first location, else the server's clock.
     */
    private ZoneId homeZone(UUID clinicianId) {
        directory.clinician(clinicianId);
        var hours = availability.hours(ClinicianId.of(clinicianId));
        if (!hours.isEmpty()) {
            return directory.location(hours.get(0).locationId()).zone();
        }
        return directory.locations().stream().findFirst().map(Location::zone).orElse(clock.getZone());
    }

    /** The date asked for, or null when it is not a date or too far from today. */
    private static LocalDate readDate(String text, LocalDate today) {
        try {
            var date = LocalDate.parse(text);
            return date.isBefore(today.minusYears(MAX_YEARS_AWAY)) || date.isAfter(today.plusYears(MAX_YEARS_AWAY))
                    ? null : date;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
