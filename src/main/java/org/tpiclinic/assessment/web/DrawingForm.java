package org.tpiclinic.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tpiclinic.assessment.MarkEntry;
import org.tpiclinic.assessment.ZoneMark;

/**
 * A pain drawing as posted: rows {@code marks[i].zone}, {@code marks[i].intensity}, {@code marks[i].quality},
 * a visit date and a note, kept as typed so that the form can be shown again with its problems.
 */
record DrawingForm(String visitDate, List<Row> rows, String note) {

    static final int MAX_ROWS = 60;
    static final int SPARE_ROWS = 6;

    /** One row as typed. */
    record Row(String zone, String intensity, String quality) {
    }

    static DrawingForm empty(LocalDate visit) {
        return new DrawingForm(visit.toString(), List.of(), "").withSpareRows();
    }

    static DrawingForm of(LocalDate visit, List<ZoneMark> marks) {
        var rows = marks.stream().map(m -> new Row(m.zone(), String.valueOf(m.intensity()),
                m.quality() == null ? "" : m.quality().name())).toList();
        return new DrawingForm(visit.toString(), rows, "").withSpareRows();
    }

    static DrawingForm parse(Map<String, String> params) {
        // Rows keep their posted index (a gap stays an empty row), so that problems point at the right field.
        int last = -1;
        for (int i = 0; i < MAX_ROWS; i++) {
            if (params.containsKey("marks[" + i + "].zone") || params.containsKey("marks[" + i + "].intensity")
                    || params.containsKey("marks[" + i + "].quality")) {
                last = i;
            }
        }
        var rows = new ArrayList<Row>();
        for (int i = 0; i <= last; i++) {
            rows.add(new Row(trim(params.get("marks[" + i + "].zone")), trim(params.get("marks[" + i + "].intensity")),
                    trim(params.get("marks[" + i + "].quality"))));
        }
        return new DrawingForm(trim(params.get("visitDate")), rows, params.getOrDefault("note", ""));
    }

    /** Problems the service cannot see because the text is not even a number or a date. */
    Map<String, String> typingProblems() {
        var problems = new LinkedHashMap<String, String>();
        for (int i = 0; i < rows.size(); i++) {
            String intensity = rows.get(i).intensity();
            if (!intensity.isEmpty() && !intensity.matches("-?\\d{1,6}")) {
                problems.put("marks[" + i + "].intensity", "Enter a whole number from 0 to 10.");
            }
        }
        if (!visitDate.isEmpty() && visit() == null) {
            problems.put("visitDate", "Enter the visit date as year-month-day, for example 2026-12-03.");
        }
        return problems;
    }

    List<MarkEntry> entries() {
        return rows.stream().map(r -> new MarkEntry(r.zone(), r.intensity().isEmpty() ? null
                : Integer.valueOf(r.intensity()), r.quality())).toList();
    }

    LocalDate visit() {
        try {
            return visitDate.isEmpty() ? null : LocalDate.parse(visitDate);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The rows plus empty ones to fill, so that zones can be added without JavaScript. */
    DrawingForm withSpareRows() {
        var all = new ArrayList<>(rows);
        for (int i = 0; i < SPARE_ROWS && all.size() < MAX_ROWS; i++) {
            all.add(new Row("", "", ""));
        }
        return new DrawingForm(visitDate, List.copyOf(all), note);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
