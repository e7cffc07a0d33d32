package org.tpiclinic.scheduling.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.Calendar;
import org.tpiclinic.scheduling.SchedulingDirectory;

/** Reading the schedule: a clinician's week and a location's day. */
@Controller
class ScheduleController {

    private final Calendar calendar;
    private final SchedulingDirectory directory;
    private final Clock clock;

    ScheduleController(Calendar calendar, SchedulingDirectory directory, Clock clock) {
        this.calendar = calendar;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/schedule")
    String index(Model model) {
        model.addAttribute("clinicians", directory.clinicians());
        model.addAttribute("locations", directory.locations());
        model.addAttribute("today", LocalDate.now(clock));
        return "scheduling/index";
    }

    @GetMapping("/schedule/clinicians/{clinicianId}/week")
    String week(@PathVariable UUID clinicianId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        var monday = (start == null ? LocalDate.now(clock) : start).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var entries = calendar.week(me.current(), clinicianId, monday);
        model.addAttribute("clinician", directory.clinician(clinicianId));
        model.addAttribute("monday", monday);
        model.addAttribute("days", monday.datesUntil(monday.plusDays(7)).toList());
        model.addAttribute("entries", entries);
        return "scheduling/week";
    }

    @GetMapping("/schedule/locations/{locationId}/day")
    String day(@PathVariable UUID locationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        var location = directory.location(locationId);
        var day = date == null ? LocalDate.now(clock.withZone(location.zone())) : date;
        model.addAttribute("entries", calendar.day(me.current(), locationId, day));
        model.addAttribute("location", location);
        model.addAttribute("day", day);
        return "scheduling/day";
    }
}
