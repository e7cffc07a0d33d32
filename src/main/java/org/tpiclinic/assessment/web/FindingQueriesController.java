package org.tpiclinic.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodyChart;
import org.tpiclinic.assessment.BodyZone;
import org.tpiclinic.assessment.FindingQueries;
import org.tpiclinic.identity.ClinicUser;

/**
 * {@code /findings}: a clinician asks which patients have trigger-point findings in a muscle or in a zone of the
 * chart, and which findings lie inside a zone, a page at a time. A muscle or zone not in the atlas or chart gets a
 * message beside its field and no query.
 */
@Controller
class FindingQueriesController {

    private final FindingQueries queries;
    private final Atlas atlas;
    private final BodyChart chart;

    FindingQueriesController(FindingQueries queries, Atlas atlas, BodyChart chart) {
        this.queries = queries;
        this.atlas = atlas;
        this.chart = chart;
    }

    @GetMapping("/findings")
    String search(@RequestParam(required = false) String muscle, @RequestParam(required = false) String zone,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page, @AuthenticationPrincipal ClinicUser me,
            Model model, HttpServletResponse response) {
        var actor = me.current();
        // the page is for clinicians, whatever the input
        queries.requireClinician(actor);
        model.addAttribute("regions", atlas.byRegion());
        model.addAttribute("zonesByView", AssessmentPages.zonesByView(chart));
        model.addAttribute("muscle", muscle == null ? "" : muscle);
        model.addAttribute("zone", zone == null ? "" : zone);
        var problems = new LinkedHashMap<String, String>();
        boolean byMuscle = muscle != null && !muscle.isBlank();
        boolean byZone = zone != null && !zone.isBlank();
        if (byMuscle && atlas.muscle(muscle).isEmpty()) {
            problems.put("muscle", "Choose a muscle from the list.");
        }
        if (byZone && !chart.exists(zone)) {
            problems.put("zone", "Choose a place on the body chart from the list.");
        }
        model.addAttribute("problems", problems);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "assessment/findings";
        }
        if (byMuscle) {
            model.addAttribute("muscleName", atlas.muscle(muscle).orElseThrow().name());
            model.addAttribute("byMuscle", queries.patientsWithMuscle(actor, muscle, page));
        }
        if (byZone) {
            model.addAttribute("zoneName", chart.zone(zone).map(BodyZone::label).orElse(zone));
            model.addAttribute("byZone", queries.patientsWithZone(actor, zone, page));
            model.addAttribute("inZone", queries.findingsInZone(actor, zone, page));
            model.addAttribute("muscleNames", muscleNames());
        }
        return "assessment/findings";
    }

    private Map<String, String> muscleNames() {
        var names = new LinkedHashMap<String, String>();
        atlas.muscles().forEach(m -> names.put(m.code(), m.name()));
        return names;
    }
}
