package org.tpiclinic.procedures.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodyChart;
import org.tpiclinic.assessment.BodyZone;
import org.tpiclinic.assessment.ChartSvg;
import org.tpiclinic.assessment.ChartView;
import org.tpiclinic.procedures.InjectionSession;
import org.tpiclinic.procedures.SessionSite;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.procedures.Vocabulary;

/**
 * The body chart of a session with each treated site drawn where its muscle's trigger points lie (the atlas's first
 * trigger-point zone for that side), numbered as in the note's table of sites. Injections are filled markers, dry
 * needling an outline; the number, not the colour, ties a marker to its row. Sites sharing a zone are set side by
 * side so no number hides another.
 */
@Component
class InjectedPointsChart {

    /** Distance in chart units between markers of sites that share one zone. */
    static final double SPREAD = 10;

    private final Atlas atlas;
    private final BodyChart chart;
    private final ChartSvg svg;
    private final MessageSource messages;
    private final Vocabulary vocabulary;

    InjectedPointsChart(Atlas atlas, BodyChart chart, ChartSvg svg, MessageSource messages, Vocabulary vocabulary) {
        this.atlas = atlas;
        this.chart = chart;
        this.svg = svg;
        this.messages = messages;
        this.vocabulary = vocabulary;
    }

    /** The chart as XHTML-safe SVG markup, for the page and the PDF alike. */
    String svg(InjectionSession session) {
        String title = text("note.points.chart.title", session.sites().size());
        return svg.svg(title, captions(), List.of(), points(session.sites()));
    }

    List<ChartSvg.Point> points(List<SessionSite> sites) {
        var points = new ArrayList<ChartSvg.Point>();
        var perZone = new HashMap<String, Integer>();
        for (int i = 0; i < sites.size(); i++) {
            SessionSite site = sites.get(i);
            var zone = zoneOf(site.siteCode());
            if (zone.isEmpty()) {
                continue;
            }
            BodyZone z = zone.get();
            int already = perZone.merge(z.code(), 1, Integer::sum) - 1;
            double x = z.centreX() + offset(already);
            String number = String.valueOf(i + 1);
            boolean injected = site.technique() == Technique.INJECTION;
            String label = text(injected ? "note.points.injection" : "note.points.dryNeedling", number,
                    vocabulary.siteName(site.siteCode()), z.label());
            points.add(new ChartSvg.Point(z.view(), x, z.centreY(), number, label, injected));
        }
        return points;
    }

    /** 0, +1, −1, +2, −2 … spacings from the zone's centre. */
    private static double offset(int index) {
        int step = (index + 1) / 2;
        return (index % 2 != 0 ? step : -step) * SPREAD;
    }

    private Optional<BodyZone> zoneOf(String siteCode) {
        return atlas.site(siteCode).map(atlas::pattern)
                .flatMap(p -> p.triggerZones().stream().findFirst())
                .flatMap(chart::zone);
    }

    private Map<ChartView, String> captions() {
        var captions = new EnumMap<ChartView, String>(ChartView.class);
        for (ChartView view : ChartView.values()) {
            captions.put(view, text("assessment.view." + view));
        }
        return captions;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
