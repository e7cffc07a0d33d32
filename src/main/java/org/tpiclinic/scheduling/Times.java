package org.tpiclinic.scheduling;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Local time intervals [start, end) of one day: union and subtraction. */
final class Times {

    record Span(LocalTime start, LocalTime end) {
    }

    private Times() {
    }

    static void requireOrdered(LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            throw new IllegalArgumentException("Enter a start and an end time");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("The end time must be after the start time");
        }
    }

    static List<Span> union(List<Span> spans) {
        var sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        var merged = new ArrayList<Span>();
        for (var s : sorted) {
            if (!merged.isEmpty() && !s.start().isAfter(merged.get(merged.size() - 1).end())) {
                var last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), s.end().isAfter(last.end()) ? s.end() : last.end()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    static List<Span> subtract(List<Span> open, List<Span> closed) {
        var result = new ArrayList<>(open);
        for (var c : closed) {
            var next = new ArrayList<Span>();
            for (var o : result) {
                if (!c.end().isAfter(o.start()) || !c.start().isBefore(o.end())) {
                    next.add(o);
                    continue;
                }
                if (c.start().isAfter(o.start())) {
                    next.add(new Span(o.start(), c.start()));
                }
                if (c.end().isBefore(o.end())) {
                    next.add(new Span(c.end(), o.end()));
                }
            }
            result = next;
        }
        return result;
    }
}
