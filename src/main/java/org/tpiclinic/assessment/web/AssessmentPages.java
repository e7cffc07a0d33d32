package org.tpiclinic.assessment.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodyChart;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.BodyZone;
import org.tpiclinic.assessment.ChartView;
import org.tpiclinic.assessment.MuscleSuggestions;
import org.tpiclinic.assessment.PainDrawing;
import org.tpiclinic.assessment.PainQuality;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.assessment.TriggerPointFinding;
import org.tpiclinic.assessment.ZoneMark;

/** Fills the models of the assessment pages (drawings, findings and their forms) from the module's API. */
@Component
class AssessmentPages {

    private final BodyChart chart;
    private final Atlas atlas;
    private final MuscleSuggestions suggestions;
    private final ChartPictures pictures;

    AssessmentPages(BodyChart chart, Atlas atlas, MuscleSuggestions suggestions, ChartPictures pictures) {
        this.chart = chart;
        this.atlas = atlas;
        this.suggestions = suggestions;
        this.pictures = pictures;
    }

    ChartPictures pictures() {
        return pictures;
    }

    void assessment(Model model, List<PainDrawing> drawings, List<TriggerPointFinding> findings,
            PainDrawing current, PainDrawing previous, LocalDate today, boolean clinician) {
        model.addAttribute("drawings", drawings);
        model.addAttribute("current", current);
        model.addAttribute("previous", previous);
        if (current != null) {
            model.addAttribute("currentPicture", pictures.drawing("drawing-current", "show", current.marks(), List.of()));
            model.addAttribute("currentRows", rows(current));
            model.addAttribute("suggestions", suggestions.suggest(current.marks()));
        }
        if (previous != null) {
            model.addAttribute("previousPicture", pictures.drawing("drawing-previous", "show", previous.marks(), List.of()));
            model.addAttribute("previousRows", rows(previous));
        }
        var latest = AssessmentController.latestVisit(findings);
        model.addAttribute("findings", latest);
        model.addAttribute("findingsVisit", latest.isEmpty() ? null : latest.get(0).visitDate());
        model.addAttribute("findingsPicture", pictures.drawing("findings-chart", "show", List.of(), latest));
        model.addAttribute("canCarryOver", clinician && !latest.isEmpty() && latest.get(0).visitDate().isBefore(today));
        model.addAttribute("clinician", clinician);
        model.addAttribute("muscleNames", muscleNames());
        model.addAttribute("today", today);
    }

    void drawingForm(Model model, DrawingForm form, Map<String, String> problems, String action, boolean staff) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("action", action);
        model.addAttribute("staff", staff);
        model.addAttribute("zonesByView", zonesByView(chart));
        model.addAttribute("qualities", PainQuality.values());
        var marked = form.rows().stream().filter(r -> chart.exists(r.zone()))
                .map(r -> new ZoneMark(r.zone(), intensityOrZero(r.intensity()), null)).distinct().toList();
        model.addAttribute("picture", pictures.drawing("drawing-chart", "mark", marked, List.of()));
    }

    FindingForm startFinding(LocalDate today, String muscle, String side) {
        var site = atlas.muscle(muscle).map(m -> new BodySite(m.code(), "RIGHT".equals(side) ? Side.RIGHT : Side.LEFT));
        if (site.isEmpty()) {
            return new FindingForm(today.toString(), "", "", "", "", "", true, false, false, false, false, "");
        }
        // Start at the muscle's first usual trigger-point zone; the clinician moves it to where the point is.
        BodyZone zone = chart.zone(atlas.pattern(site.get()).triggerZones().iterator().next()).orElseThrow();
        return FindingForm.start(today.toString(), site.get().muscle(), site.get().side().name(), zone.view().name(),
                zone.centreX(), zone.centreY());
    }

    void findingForm(Model model, FindingForm form, Map<String, String> problems, List<TriggerPointFinding> findings) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("muscles", atlas.muscles());
        model.addAttribute("sides", Side.values());
        model.addAttribute("views", ChartView.values());
        var latest = AssessmentController.latestVisit(findings);
        model.addAttribute("picture", pictures.drawing("finding-chart", "place", List.of(), latest));
    }

    private Map<String, String> muscleNames() {
        var names = new LinkedHashMap<String, String>();
        atlas.muscles().forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    /** The chart's zones by view, for lists of places grouped as the chart is. */
    static Map<ChartView, List<BodyZone>> zonesByView(BodyChart chart) {
        var byView = new LinkedHashMap<ChartView, List<BodyZone>>();
        for (ChartView view : ChartView.values()) {
            byView.put(view, chart.zones(view));
        }
        return byView;
    }

    /** A drawing's marks as rows for a table: zone name, intensity, quality. */
    private List<Map<String, Object>> rows(PainDrawing drawing) {
        return drawing.marks().stream().map(m -> Map.<String, Object>of("zone",
                chart.zone(m.zone()).map(BodyZone::label).orElse(m.zone()), "intensity", m.intensity(), "quality",
                m.quality() == null ? "" : m.quality().name())).toList();
    }

    private static int intensityOrZero(String text) {
        try {
            int value = Integer.parseInt(text);
            return value < 0 || value > ZoneMark.MAX_INTENSITY ? 0 : value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
