package org.tpiclinic.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.scheduling.AppointmentCancelled;
import org.tpiclinic.scheduling.AppointmentRescheduled;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.scheduling.SlotSearch;

/**
 * When a clinician's time frees up (a cancellation, or a reschedule to another time or clinician), offers it to
 * the waitlist. Runs after the change committed, in its own transaction, from the event publication registry;
 * {@link WaitlistSweep} calls it again for times whose offers ran out. The slots offered are those the slot
 * search finds free now for that clinician, starting at the freed instant at that location, for every type
 * someone waits for (a shorter type fits a longer gap). The time goes to the earliest matching waiting entries
 * not offered it before, until it holds {@code offers-per-slot} open offers; an entry holds one offer at a time.
 * A repeated delivery finds the slot's offers still open (or its entries already offered) and offers nothing twice.
 */
@Component
class WaitlistMatcher {

    private final WaitlistEntries entries;
    private final SlotSearch slots;
    private final OfferMaker maker;
    private final Clock clock;

    WaitlistMatcher(WaitlistEntries entries, SlotSearch slots, OfferMaker maker, Clock clock) {
        this.entries = entries;
        this.slots = slots;
        this.maker = maker;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AppointmentCancelled e) {
        freed(e.clinicianId(), e.locationId(), e.startAt(), clock.instant());
    }

    @ApplicationModuleListener
    void on(AppointmentRescheduled e) {
        if (e.freedTime()) {
            freed(e.freedClinicianId(), e.locationId(), e.previousStartAt(), clock.instant());
        }
    }

    /** Offers the clinician's time at {@code start} at the location, if it is free; returns the offers made. */
    List<WaitlistOffer> freed(UUID clinicianId, UUID locationId, Instant start, Instant now) {
        int room = maker.room(clinicianId, start);
        var waiting = entries.waitingAt(locationId);
        var made = new ArrayList<WaitlistOffer>();
        if (!start.isAfter(now) || room <= 0 || waiting.isEmpty()) {
            return made;
        }
        var free = freeSlots(waiting, clinicianId, locationId, start);
        for (var entry : waiting) {
            if (made.size() == room) {
                break;
            }
            var slot = free.stream().filter(entry::matches).findFirst();
            if (slot.isPresent() && !maker.offeredBefore(entry.id(), clinicianId, start)
                    && entries.move(entry.id(), WaitlistStatus.WAITING, WaitlistStatus.OFFERED, null)) {
                made.add(maker.offer(entry, slot.get(), now));
            }
        }
        return made;
    }

    /** The clinician's free slots at exactly {@code start}, one per type waited for. */
    private List<Slot> freeSlots(List<WaitlistEntry> waiting, UUID clinicianId, UUID locationId, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, slots.zoneOf(locationId));
        return waiting.stream().map(WaitlistEntry::typeId).distinct()
                .flatMap(type -> slots.find(type, clinicianId, locationId, day, day, false).stream())
                .filter(s -> s.start().equals(start))
                .toList();
    }
}
