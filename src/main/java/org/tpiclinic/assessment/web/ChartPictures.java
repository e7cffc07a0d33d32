package org.tpiclinic.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodyChart;
import org.tpiclinic.assessment.BodyZone;
import org.tpiclinic.assessment.ChartView;
import org.tpiclinic.assessment.TriggerPointFinding;
import org.tpiclinic.assessment.ZoneMark;

/** Builds the {@link ChartPicture}s the pages draw: a blank chart, a pain drawing, a muscle's pattern. */
@Component
class ChartPictures {

    private final BodyChart chart;
    private final Atlas atlas;
    private final MessageSource messages;

    ChartPictures(BodyChart chart, Atlas atlas, MessageSource messages) {
        this.chart = chart;
        this.atlas = atlas;
        this.messages = messages;
    }

    ChartPicture drawing(String id, String mode, List<ZoneMark> marks, List<TriggerPointFinding> findings) {
        var byZone = new HashMap<String, ZoneMark>();
        marks.forEach(m -> byZone.put(m.zone(), m));
        return picture(id, mode, zone -> {
            ZoneMark mark = byZone.get(zone.code());
            if (mark == null) {
                return new ChartPicture.Zone(zone, "none", null, zone.label());
            }
            String quality = mark.quality() == null ? ""
                    : ", " + text("assessment.quality." + mark.quality());
            return new ChartPicture.Zone(zone, "marked", String.valueOf(mark.intensity()),
                    text("assessment.chart.markedLabel", zone.label(), mark.intensity(), quality));
        }, findings, List.of(new ChartPicture.Legend("marked", text("assessment.legend.marked"))));
    }

    ChartPicture pattern(String id, Atlas.Pattern pattern) {
        Map<String, String> states = new HashMap<>();
        pattern.spilloverZones().forEach(z -> states.put(z, "spillover"));
        pattern.primaryZones().forEach(z -> states.put(z, "primary"));
        pattern.triggerZones().forEach(z -> states.put(z, "trigger"));
        return picture(id, "show", zone -> {
            String state = states.getOrDefault(zone.code(), "none");
            if ("none".equals(state)) {
                return new ChartPicture.Zone(zone, state, null, zone.label());
            }
            return new ChartPicture.Zone(zone, state, text("assessment.legend." + state + ".letter"),
                    zone.label() + ": " + text("assessment.legend." + state));
        }, List.of(), List.of(legend("trigger"), legend("primary"), legend("spillover")));
    }

    ChartPicture blank(String id, String mode) {
        return drawing(id, mode, List.of(), List.of());
    }

    private ChartPicture.Legend legend(String state) {
        return new ChartPicture.Legend(state, text("assessment.legend." + state));
    }

    private ChartPicture picture(String id, String mode, Function<BodyZone, ChartPicture.Zone> show,
            List<TriggerPointFinding> findings, List<ChartPicture.Legend> legend) {
        var views = new ArrayList<ChartPicture.View>();
        for (ChartView view : ChartView.values()) {
            var zones = chart.zones(view).stream().map(show).toList();
            var markers = findings.stream().filter(f -> f.view() == view)
                    .map(f -> new ChartPicture.Marker(f.x(), f.y(), atlas.muscle(f.muscle()).map(m -> m.name()).orElse(f.muscle()) + ", " + f.side().word() + ": "
                            + text("assessment.finding." + (f.active() ? "active" : "latent")), f.active()))
                    .toList();
            views.add(new ChartPicture.View(view, text("assessment.view." + view), zones, markers));
        }
        return new ChartPicture(id, mode, List.copyOf(views), legend);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
