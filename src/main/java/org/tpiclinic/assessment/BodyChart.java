package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The body chart's zones, read at start from {@code assessment/zones.csv} (drawn by us; a data file with a
 * version). Each sided place gives a left and a right zone, the right one the mirror image of the left within
 * its view. Zone codes are the one vocabulary for places on the body.
 */
@Component
public class BodyChart {

    private final String version;
    private final Map<String, BodyZone> byCode;
    private final Map<ChartView, List<BodyZone>> byView;

    @Autowired
    BodyChart() {
        this(DataFile.read("assessment/zones.csv"));
    }

    BodyChart(DataFile file) {
        this.version = file.version();
        var zones = new LinkedHashMap<String, BodyZone>();
        for (String[] row : file.rows()) {
            var view = ChartView.valueOf(row[2]);
            String[] rect = row[4].split(",");
            int x = Integer.parseInt(rect[0].trim());
            int y = Integer.parseInt(rect[1].trim());
            int w = Integer.parseInt(rect[2].trim());
            int h = Integer.parseInt(rect[3].trim());
            if (!view.contains(x, y) || !view.contains(x + w, y + h)) {
                throw new IllegalStateException(file.name() + ": zone " + row[0] + " lies outside the " + view + " view");
            }
            if ("yes".equals(row[3])) {
                Side drawn = view.drawnSide();
                add(zones, new BodyZone(row[0] + "_" + drawn.suffix(), row[0], row[1], drawn, view, x, y, w, h));
                Side mirrored = drawn.other();
                add(zones, new BodyZone(row[0] + "_" + mirrored.suffix(), row[0], row[1], mirrored, view,
                        view.width() - x - w, y, w, h));
            } else {
                add(zones, new BodyZone(row[0], row[0], row[1], null, view, x, y, w, h));
            }
        }
        this.byCode = Collections.unmodifiableMap(zones);
        var views = new EnumMap<ChartView, List<BodyZone>>(ChartView.class);
        for (ChartView view : ChartView.values()) {
            views.put(view, zones.values().stream().filter(z -> z.view() == view).toList());
        }
        this.byView = Collections.unmodifiableMap(views);
    }

    private static void add(Map<String, BodyZone> zones, BodyZone zone) {
        if (zones.putIfAbsent(zone.code(), zone) != null) {
            throw new IllegalStateException("Zone code " + zone.code() + " appears twice in the body chart");
        }
    }

    public String version() {
        return version;
    }

    /** Every zone, in the order of the data file (left before right). */
    public List<BodyZone> zones() {
        return List.copyOf(byCode.values());
    }

    public List<BodyZone> zones(ChartView view) {
        return byView.get(view);
    }

    public Optional<BodyZone> zone(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    /**
     * The zone of a place ({@code TEMPLE}) on one side ({@code TEMPLE_L}); a midline place is itself on both
     * sides.
     */
    public BodyZone resolve(String base, Side side) {
        BodyZone sided = byCode.get(base + "_" + side.suffix());
        if (sided != null) {
            return sided;
        }
        BodyZone midline = byCode.get(base);
        if (midline == null) {
            throw new IllegalArgumentException("The body chart has no place called " + base);
        }
        return midline;
    }

    /** Places (without side) in data-file order, for lists grouped by place. */
    List<String> bases() {
        var bases = new ArrayList<String>();
        byCode.values().forEach(z -> {
            if (!bases.contains(z.base())) {
                bases.add(z.base());
            }
        });
        return bases;
    }
}
