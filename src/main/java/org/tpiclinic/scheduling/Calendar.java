package org.tpiclinic.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.CalendarView.Day;
import org.tpiclinic.scheduling.CalendarView.Of;

/**
 * Schedules to read, for staff: a clinician's or a location's appointments and free time over a few local dates.
 * Each view is one audited query (so the transaction writes: not read-only).
 */
@Service
@Transactional
public class Calendar {

    /** The longest view: a week. */
    public static final int MAX_DAYS = 7;

    private final Appointments appointments;
    private final SchedulingDirectory directory;
    private final SchedulingAccess access;
    private final CalendarEntries entries;
    private final FreeTimes freeTimes;

    Calendar(Appointments appointments, SchedulingDirectory directory, SchedulingAccess access,
            CalendarEntries entries, FreeTimes freeTimes) {
        this.appointments = appointments;
        this.directory = directory;
        this.access = access;
        this.entries = entries;
        this.freeTimes = freeTimes;
    }

    /** The schedule of clinician or location {@code id} on the {@code days} local dates from {@code from}. */
    public CalendarView view(CurrentUser actor, Of of, UUID id, LocalDate from, int days) {
        access.requireStaff(actor, null, "schedule");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Show one to seven days at a time");
        }
        var to = from.plusDays(days - 1);
        var view = of == Of.CLINICIAN ? clinician(actor, id, from, to) : location(actor, id, from, to);
        int count = view.days().stream().mapToInt(d -> d.entries().size()).sum();
        access.record(actor, null, AuditAction.QUERY, (days == 1 ? "day " : "week of ") + from + " for "
                + of.name().toLowerCase() + " " + view.subjectName() + " (" + count + ")");
        return view;
    }

    /** One appointment with its names, for its own page (audited as a read of that patient's data). */
    public CalendarEntry entry(CurrentUser actor, Appointment appointment) {
        return entries.of(actor, List.of(appointment)).get(0);
    }

    private CalendarView clinician(CurrentUser actor, UUID id, LocalDate from, LocalDate to) {
        var clinician = directory.clinician(id);
        // A day either side in UTC covers every location's local dates; days() keeps those in range.
        var locations = directory.locations();
        var zones = locations.stream().collect(Collectors.toMap(Location::id, Location::zone));
        var found = appointments.findForClinician(id, utc(from.minusDays(1)), utc(to.plusDays(2))).stream()
                .filter(a -> {
                    var date = LocalDate.ofInstant(a.startAt(), zones.get(a.locationId()));
                    return !date.isBefore(from) && !date.isAfter(to);
                }).toList();
        var free = freeTimes.of(List.of(clinician), locations, from, to);
        return new CalendarView(Of.CLINICIAN, id, clinician.name(), null,
                days(entries.of(actor, found), free, from, to));
    }

    private CalendarView location(CurrentUser actor, UUID id, LocalDate from, LocalDate to) {
        var location = directory.location(id);
        var zone = location.zone();
        var found = appointments.findForLocation(id, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        var active = directory.clinicians().stream().filter(Clinician::active).toList();
        var free = freeTimes.of(active, List.of(location), from, to);
        return new CalendarView(Of.LOCATION, id, location.name(), zone,
                days(entries.of(actor, found), free, from, to));
    }

    private static List<Day> days(List<CalendarEntry> all, List<CalendarView.FreeTime> free, LocalDate from,
            LocalDate to) {
        return from.datesUntil(to.plusDays(1)).map(date -> new Day(date,
                all.stream().filter(e -> e.localStart().toLocalDate().equals(date)).toList(),
                free.stream().filter(f -> f.date().equals(date)).toList())).toList();
    }

    private static Instant utc(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
