package org.tpiclinic.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.SlotSearch;
import org.tpiclinic.scheduling.SlotTakenException;
import org.tpiclinic.waitlist.TimeWindow;
import org.tpiclinic.waitlist.Waitlist;
import org.tpiclinic.waitlist.WaitlistRequest;

/**
 * Books the demo patients into free slots of the coming weeks, through the booking API, and puts a couple of
 * them on the waitlist for an earlier time.
 */
@Component
class DemoAppointments {

    private final SlotSearch slots;
    private final Bookings bookings;
    private final SchedulingDirectory directory;
    private final Waitlist waitlist;

    DemoAppointments(SlotSearch slots, Bookings bookings, SchedulingDirectory directory, Waitlist waitlist) {
        this.slots = slots;
        this.bookings = bookings;
        this.directory = directory;
        this.waitlist = waitlist;
    }

    /** The first patient waits for weekday mornings, the fifth for any time in the next four weeks. */
    void waitlist(CurrentUser loader, List<UUID> patients, LocalDate today) {
        var type = directory.types().get(0).id();
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        var mornings = new TimeWindow(weekdays, LocalTime.of(8, 0), LocalTime.of(12, 0));
        waitlist.add(loader, patients.get(0), new WaitlistRequest(type, null, null, List.of(mornings), null, null,
                "Would like an earlier morning"));
        if (patients.size() > 4) {
            waitlist.add(loader, patients.get(4), new WaitlistRequest(type, null, null, List.of(), today,
                    today.plusWeeks(4), null));
        }
    }

    /** One appointment for each patient, about three a day from tomorrow, skipping days without hours, types in turn. */
    int book(CurrentUser loader, UUID clinicianId, List<UUID> patients, LocalDate today) {
        var types = directory.types();
        int booked = 0;
        for (int i = 0; i < patients.size(); i++) {
            var type = types.get(i % types.size());
            var day = today.plusDays(1 + i / 3);
            var free = slots.find(type.id(), clinicianId, null, day, day, false);
            for (int tries = 0; free.isEmpty() && tries < 4; tries++) {
                // Weekends have no hours: move on to the next working day.
                day = day.plusDays(1);
                free = slots.find(type.id(), clinicianId, null, day, day, false);
            }
            if (free.isEmpty()) {
                continue;
            }
            var slot = free.get((i * 7) % free.size());
            try {
                bookings.book(loader, new BookingRequest(patients.get(i), clinicianId, slot.locationId(), type.id(),
                        slot.start(), "demo-" + i));
                booked++;
            } catch (SlotTakenException taken) {
                // Another demo booking took it; the demo needs about forty, not exactly forty.
            }
        }
        return booked;
    }
}
