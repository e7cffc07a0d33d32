package org.tpiclinic.booking.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tpiclinic.scheduling.Slot;

/** Free times grouped by their local date, in order, so a page lists each day's times together. */
final class SlotDays {

    private SlotDays() {
    }

    static Map<LocalDate, List<Slot>> of(List<Slot> slots) {
        return slots.stream().collect(Collectors.groupingBy(s -> s.localStart().toLocalDate(), LinkedHashMap::new,
                Collectors.toList()));
    }
}
