package org.tpiclinic.waitlist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a patient can come: some weekdays, from a local time to a local time (at the location of the slot).
 * Written as {@code "MON,WED 09:00-12:00"}; a list of windows is joined with {@code ;}.
 */
public record TimeWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public TimeWindow {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one day for each time window");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("In each time window the start must be before the end");
        }
        days = Set.copyOf(days);
    }

    /** True when [start, end) on {@code day} lies inside this window. */
    public boolean contains(DayOfWeek day, LocalTime start, LocalTime end) {
        return days.contains(day) && !start.isBefore(from) && !end.isAfter(to) && !end.isBefore(start);
    }

    private static final java.time.format.DateTimeFormatter CLOCK =
            java.time.format.DateTimeFormatter.ofPattern("h:mm a", java.util.Locale.US);

    /** For people: runs of consecutive days joined, e.g. "Mon–Fri, Sun, 8:00 AM–12:00 PM". */
    public String label() {
        var runs = new java.util.ArrayList<String>();
        DayOfWeek first = null;
        DayOfWeek last = null;
        for (DayOfWeek d : EnumSet.copyOf(days)) {
            if (last != null && d.getValue() == last.getValue() + 1) {
                last = d;
                continue;
            }
            if (first != null) {
                runs.add(run(first, last));
            }
            first = d;
            last = d;
        }
        runs.add(run(first, last));
        return String.join(", ", runs) + ", " + CLOCK.format(from) + "–" + CLOCK.format(to);
    }

    private static String run(DayOfWeek first, DayOfWeek last) {
        String a = first.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US);
        if (first == last) {
            return a;
        }
        String b = last.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US);
        return last.getValue() == first.getValue() + 1 ? a + ", " + b : a + "–" + b;
    }

    /** The stored form (see the class comment). */
    @Override
    public String toString() {
        return EnumSet.copyOf(days).stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","))
                + " " + from + "-" + to;
    }

    static String format(List<TimeWindow> windows) {
        return windows.stream().map(TimeWindow::toString).collect(Collectors.joining(";"));
    }

    static List<TimeWindow> parse(String text) {
        var windows = new ArrayList<TimeWindow>();
        if (text == null || text.isBlank()) {
            return windows;
        }
        try {
            for (String part : text.split(";")) {
                String[] dayAndTimes = part.trim().split(" ");
                String[] times = dayAndTimes[1].split("-");
                var days = EnumSet.noneOf(DayOfWeek.class);
                Arrays.stream(dayAndTimes[0].split(",")).forEach(d -> days.add(day(d)));
                windows.add(new TimeWindow(days, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException damaged) {
            throw new IllegalArgumentException("Damaged time windows: " + text, damaged);
        }
        return windows;
    }

    private static DayOfWeek day(String abbreviation) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(abbreviation)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown day " + abbreviation));
    }
}
