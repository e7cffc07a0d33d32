package org.tpiclinic.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.scheduling.SlotFinder.BookingWindow;
import org.tpiclinic.scheduling.SlotFinder.Busy;
import org.tpiclinic.shared.NotFoundException;

/**
 * Free slots for an appointment type, read from the database and found by {@link SlotFinder}. The front desk
 * may book from now on up to a year ahead; online booking keeps the type's minimum notice and horizon.
 */
@Service
@Transactional(readOnly = true)
public class SlotSearch {

    /** How far ahead the front desk may book. */
    public static final int FRONT_DESK_HORIZON_DAYS = 366;

    private final SetupCache setup;
    private final ScheduleReader reader;
    private final Clock clock;

    SlotSearch(SetupCache setup, ScheduleReader reader, Clock clock) {
        this.setup = setup;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Free slots on local dates {@code from} to {@code to}; a null clinician or location means all of them.
     */
    public List<Slot> find(UUID typeId, UUID clinicianId, UUID locationId, LocalDate from, LocalDate to,
            boolean online) {
        var current = setup.current();
        var type = current.type(typeId).orElseThrow(() -> new NotFoundException("The appointment type"));
        if (to.isBefore(from) || from.plusDays(62).isBefore(to)) {
            throw new IllegalArgumentException("Search at most two months at a time, with the end after the start");
        }
        Instant now = clock.instant();
        var window = online ? new BookingWindow(now, Duration.ofHours(type.minNoticeHours()), type.horizonDays())
                : new BookingWindow(now, Duration.ZERO, FRONT_DESK_HORIZON_DAYS);
        var query = new SlotFinder.Query(typeId, type.duration(), type.bufferAfter(), from, to, window, List.of());
        var schedules = current.cliniciansByName().stream()
                .filter(c -> c.offers(typeId) && (clinicianId == null || c.id().equals(clinicianId)))
                .map(c -> reader.schedule(c.id(), from.minusDays(1), to.plusDays(1)))
                .toList();
        return SlotFinder.find(query, zones(locationId), schedules);
    }

    /** The free slots of the same clinician, type and location nearest to {@code wanted}, at most {@code max}. */
    public List<Slot> nearest(UUID typeId, UUID clinicianId, UUID locationId, Instant wanted, int max) {
        var zone = zones(locationId).get(locationId);
        LocalDate day = LocalDate.ofInstant(wanted, zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = day.minusDays(3).isBefore(today) ? today : day.minusDays(3);
        return find(typeId, clinicianId, locationId, from, day.plusDays(7), false).stream()
                .sorted(Comparator.comparing(s -> Duration.between(wanted, s.start()).abs()))
                .limit(max)
                .sorted(Comparator.comparing(Slot::start))
                .toList();
    }

    private Map<UUID, ZoneId> zones(UUID locationId) {
        var current = setup.current();
        var zones = new LinkedHashMap<UUID, ZoneId>();
        if (locationId != null) {
            var location = current.location(locationId).orElseThrow(() -> new NotFoundException("The location"));
            zones.put(location.id(), location.zone());
        } else {
            current.locations().values().stream().sorted(Comparator.comparing(Location::name))
                    .forEach(l -> zones.put(l.id(), l.zone()));
        }
        return zones;
    }

    /** The time zone of a location. */
    public ZoneId zoneOf(UUID locationId) {
        return zones(locationId).get(locationId);
    }

    static List<Busy> busyOf(List<Appointment> appointments) {
        return appointments.stream().filter(a -> a.status().holdsTime())
                .map(a -> new Busy(a.startAt(), a.blockedUntil())).toList();
    }
}
