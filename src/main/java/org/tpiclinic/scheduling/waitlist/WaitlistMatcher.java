package org.tpiclinic.scheduling.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.scheduling.AppointmentCancelled;
import org.tpiclinic.scheduling.AppointmentRescheduled;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.scheduling.SlotSearch;

/**
 * When a time frees up (a cancellation, or a reschedule away from it), offers it to the waitlist. Runs after the
 * change committed, in its own transaction, from the event publication registry. The slots offered are those
 * the slot search finds free now, starting at the freed instant at that location, for every type someone waits
 * for (a shorter type fits a longer gap). Each clinician's time goes to the {@code offersPerSlot} earliest
 * matching waiting entries; an entry holds one offer at a time. A repeated delivery finds the entries already
 * offered and offers nothing twice.
 */
@Component
class WaitlistMatcher {

    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final SlotSearch slots;
    private final OfferMaker maker;
    private final WaitlistSettings settings;
    private final Clock clock;

    WaitlistMatcher(WaitlistEntries entries, WaitlistOffers offers, SlotSearch slots, OfferMaker maker,
            WaitlistSettings settings, Clock clock) {
        this.entries = entries;
        this.offers = offers;
        this.slots = slots;
        this.maker = maker;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AppointmentCancelled e) {
        freed(e.locationId(), e.startAt());
    }

    @ApplicationModuleListener
    void on(AppointmentRescheduled e) {
        if (!e.previousStartAt().equals(e.startAt())) {
            freed(e.locationId(), e.previousStartAt());
        }
    }

    /** Offers the free slots starting at {@code start} at the location; returns the offers made. */
    List<WaitlistOffer> freed(UUID locationId, Instant start) {
        Instant now = clock.instant();
        offers.expireDue(now);
        if (!start.isAfter(now)) {
            return List.of();
        }
        var waiting = entries.waitingAt(locationId);
        var made = new ArrayList<WaitlistOffer>();
        var offered = new HashSet<UUID>();
        slotsByClinician(waiting, locationId, start).forEach((clinician, free) -> {
            int count = 0;
            for (var entry : waiting) {
                if (count == settings.offersPerSlot()) {
                    break;
                }
                var slot = free.stream().filter(entry::matches).findFirst();
                if (slot.isEmpty() || offered.contains(entry.id())
                        || offers.exists(entry.id(), clinician, start)
                        || !entries.move(entry.id(), WaitlistStatus.WAITING, WaitlistStatus.OFFERED, null)) {
                    continue;
                }
                offered.add(entry.id());
                made.add(maker.offer(entry, slot.get(), now));
                count++;
            }
        });
        return made;
    }

    /** The free slots at exactly {@code start}, of every type waited for, by clinician. */
    private Map<UUID, List<Slot>> slotsByClinician(List<WaitlistEntry> waiting, UUID locationId, Instant start) {
        var byClinician = new LinkedHashMap<UUID, List<Slot>>();
        if (waiting.isEmpty()) {
            return byClinician;
        }
        LocalDate day = LocalDate.ofInstant(start, slots.zoneOf(locationId));
        waiting.stream().map(WaitlistEntry::typeId).distinct().forEach(type -> slots
                .find(type, null, locationId, day, day, false).stream()
                .filter(s -> s.start().equals(start))
                .forEach(s -> byClinician.computeIfAbsent(s.clinicianId(), c -> new ArrayList<>()).add(s)));
        return byClinician;
    }
}
