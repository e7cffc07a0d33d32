package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tpiclinic.shared.FieldRefused;

/**
 * Checks drawings and findings against the body chart and the atlas, collecting every problem with the field it
 * belongs to, so that a form can show each beside its field.
 */
@Component
class AssessmentChecks {

    /** A finding that passed the checks. */
    record CheckedFinding(BodySite site, ChartView view, double x, double y, String zone) {
    }

    static final int MAX_MARKS = 60;

    private final BodyChart chart;
    private final Atlas atlas;

    AssessmentChecks(BodyChart chart, Atlas atlas) {
        this.chart = chart;
        this.atlas = atlas;
    }

    List<ZoneMark> marks(List<MarkEntry> entries, String note) {
        var problems = FieldRefused.collector();
        var marks = new ArrayList<ZoneMark>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            MarkEntry entry = entries.get(i);
            if (entry == null || entry.blank()) {
                continue;
            }
            String field = "marks[" + i + "].";
            boolean ok = true;
            if (entry.zone() == null || entry.zone().isBlank()) {
                problems.refuse(field + "zone", "assessment.error.zoneRequired", "Choose the place that hurts.");
                ok = false;
            } else if (!chart.exists(entry.zone())) {
                problems.refuse(field + "zone", "assessment.error.zoneUnknown",
                        "There is no place \"" + entry.zone() + "\" on the body chart. Choose one from the list.",
                        entry.zone());
                ok = false;
            } else if (!seen.add(entry.zone())) {
                String label = chart.zone(entry.zone()).orElseThrow().label();
                problems.refuse(field + "zone", "assessment.error.zoneTwice", label + " is marked twice. Keep one row for it.",
                        label);
                ok = false;
            }
            if (entry.intensity() == null) {
                problems.refuse(field + "intensity", "assessment.error.intensityRequired",
                        "Give the pain a number from 0 (none) to 10 (worst imaginable).");
                ok = false;
            } else if (entry.intensity() < 0 || entry.intensity() > ZoneMark.MAX_INTENSITY) {
                problems.refuse(field + "intensity", "assessment.error.intensityRange",
                        "Pain is rated from 0 to 10; " + entry.intensity() + " is outside that range.", entry.intensity());
                ok = false;
            }
            PainQuality quality = null;
            if (entry.quality() != null && !entry.quality().isBlank()) {
                try {
                    quality = PainQuality.valueOf(entry.quality());
                } catch (IllegalArgumentException unknown) {
                    problems.refuse(field + "quality", "assessment.error.quality",
                            "Choose aching, burning, tingling, numb or stabbing.");
                    ok = false;
                }
            }
            if (ok) {
                marks.add(new ZoneMark(entry.zone(), entry.intensity(), quality));
            }
        }
        if (marks.isEmpty() && problems.isEmpty()) {
            problems.refuse("marks", "assessment.error.marksRequired", "Mark at least one place that hurts.");
        }
        if (marks.size() > MAX_MARKS) {
            problems.replace("marks", "assessment.error.marksTooMany", "A drawing holds at most " + MAX_MARKS + " places.",
                    MAX_MARKS);
        }
        noteWithinLimit(problems, note);
        problems.throwIfAny();
        return List.copyOf(marks);
    }

    CheckedFinding finding(FindingEntry entry) {
        var problems = FieldRefused.collector();
        AtlasMuscle muscle = null;
        if (entry.muscle() == null || entry.muscle().isBlank()) {
            problems.refuse("muscle", "assessment.error.muscleRequired", "Choose the muscle the trigger point is in.");
        } else {
            muscle = atlas.muscle(entry.muscle()).orElse(null);
            if (muscle == null) {
                problems.refuse("muscle", "assessment.error.muscleUnknown",
                        "The atlas has no muscle \"" + entry.muscle() + "\". Choose one from the list.", entry.muscle());
            }
        }
        Side side = parse(Side.class, entry.side());
        if (side == null) {
            problems.refuse("side", "assessment.error.side", "Choose left or right.");
        }
        ChartView view = parse(ChartView.class, entry.view());
        if (view == null) {
            problems.refuse("view", "assessment.error.view", "Choose the chart view the position is on: front, back or head.");
        }
        if (entry.x() == null || entry.y() == null) {
            problems.refuse("x", "assessment.error.position", "Place the trigger point on the chart, or type its position.");
        } else if (view != null && !view.contains(entry.x(), entry.y())) {
            problems.refuse("x", "assessment.error.positionOutside", "The position " + Math.round(entry.x()) + ", "
                    + Math.round(entry.y()) + " is outside the " + view.name().toLowerCase() + " view (0–" + view.width()
                    + " across, 0–" + view.height() + " down).", Math.round(entry.x()), Math.round(entry.y()),
                    view.name().toLowerCase(Locale.ROOT), view.width(), view.height());
        }
        noteWithinLimit(problems, entry.note());
        problems.throwIfAny();
        return new CheckedFinding(new BodySite(muscle.code(), side), view, entry.x(), entry.y(),
                zoneAt(view, entry.x(), entry.y()));
    }

    /** The zone containing a point of a view, or {@code null} when the point lies between zones. */
    String zoneAt(ChartView view, double x, double y) {
        for (BodyZone zone : chart.zones(view)) {
            if (x >= zone.x() && x <= zone.x() + zone.width() && y >= zone.y() && y <= zone.y() + zone.height()) {
                return zone.code();
            }
        }
        return null;
    }

    void requireMuscle(String code) {
        if (atlas.muscle(code).isEmpty()) {
            throw new FieldRefused("muscle", "assessment.error.muscleUnknown", "The atlas has no muscle \"" + code + "\".", code);
        }
    }

    void requireZone(String code) {
        if (!chart.exists(code)) {
            throw new FieldRefused("zone", "assessment.error.zoneUnknown", "There is no place \"" + code + "\" on the body chart.",
                    code);
        }
    }

    private static void noteWithinLimit(FieldRefused.Collector problems, String note) {
        if (note != null && note.length() > Assessments.NOTE_MAX) {
            problems.refuse("note", "assessment.error.noteTooLong",
                    "Keep the note under " + Assessments.NOTE_MAX + " characters.", Assessments.NOTE_MAX);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
