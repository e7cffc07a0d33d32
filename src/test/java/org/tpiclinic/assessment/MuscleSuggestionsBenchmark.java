package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Muscle suggestions (issue 11) for a 20-zone pain drawing against the whole atlas (every muscle, both sides).
 * Pure code, no database. Run with {@code scripts/bench-slots.sh MuscleSuggestionsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class MuscleSuggestionsBenchmark {

    private MuscleSuggestions suggestions;
    private List<ZoneMark> drawing;

    @Setup
    public void twentyZoneDrawing() {
        var chart = new BodyChart();
        suggestions = new MuscleSuggestions(new Atlas(chart), chart);
        // A widespread drawing: head, neck, shoulder, back and leg zones on both sides, mixed intensities.
        String[] zones = { "TEMPLE_L", "TEMPLE_R", "POSTERIOR_NECK_L", "POSTERIOR_NECK_R", "MASTOID_L", "OCCIPUT_R",
                "VERTEX", "EYE_L", "TOP_OF_SHOULDER_L", "MEDIAL_SCAPULA_R", "SCAPULA_L", "ANTERIOR_SHOULDER_R",
                "CHEST_L", "LOW_BACK_R", "SACROILIAC_R", "BUTTOCK_L", "THIGH_BACK_L", "CALF_R", "HEEL_L",
                "KNEE_MEDIAL_R" };
        var marks = new ArrayList<ZoneMark>();
        for (int i = 0; i < zones.length; i++) {
            marks.add(new ZoneMark(zones[i], i % 11, PainQuality.values()[i % PainQuality.values().length]));
        }
        drawing = List.copyOf(marks);
    }

    @Benchmark
    public List<Suggestion> suggest() {
        return suggestions.suggest(drawing);
    }
}
