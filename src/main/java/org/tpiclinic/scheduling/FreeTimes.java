package org.tpiclinic.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tpiclinic.scheduling.CalendarView.FreeTime;

/** Free time of clinicians at locations on a range of local dates, from now on (past time cannot be booked). */
@Component
class FreeTimes {

    private final ScheduleReader reader;
    private final Clock clock;

    FreeTimes(ScheduleReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    List<FreeTime> of(List<Clinician> clinicians, List<Location> locations, LocalDate from, LocalDate to) {
        Instant now = onGrid(clock.instant());
        var free = new ArrayList<FreeTime>();
        for (var clinician : clinicians) {
            var schedule = reader.schedule(clinician.id(), from, to);
            for (var location : locations) {
                for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    for (var p : SlotFinder.freeTimes(schedule, location.id(), location.zone(), day, now)) {
                        free.add(new FreeTime(clinician.id(), clinician.name(), location.id(), location.name(), day,
                                p.from(), p.to(), location.zone()));
                    }
                }
            }
        }
        return free;
    }

    // Free time starts on the slot grid, not at the minute the page was opened.
    private static Instant onGrid(Instant now) {
        long step = SlotFinder.STEP.toSeconds();
        return Instant.ofEpochSecond(-Math.floorDiv(-now.getEpochSecond(), step) * step);
    }
}
