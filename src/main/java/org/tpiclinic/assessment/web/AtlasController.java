package org.tpiclinic.assessment.web;

import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodyChart;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.BodyZone;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.shared.ForbiddenException;

/**
 * {@code /atlas}: staff browse the muscles; the chosen one (a query parameter, so it works without JavaScript;
 * htmx swaps only the chart when present) is drawn with its trigger-point and referral zones. No patient data.
 */
@Controller
class AtlasController {

    private final Atlas atlas;
    private final BodyChart chart;
    private final ChartPictures pictures;

    AtlasController(Atlas atlas, BodyChart chart, ChartPictures pictures) {
        this.atlas = atlas;
        this.chart = chart;
        this.pictures = pictures;
    }

    @GetMapping("/atlas")
    String atlas(@RequestParam(required = false) String muscle, @RequestParam(required = false) String side,
            @AuthenticationPrincipal ClinicUser me, Model model, HttpServletResponse response) {
        if (!me.current().isStaff()) {
            throw new ForbiddenException("The atlas is for the practice's staff");
        }
        Side chosenSide = "RIGHT".equals(side) ? Side.RIGHT : Side.LEFT;
        model.addAttribute("regions", atlas.byRegion());
        model.addAttribute("side", chosenSide);
        model.addAttribute("sides", Side.values());
        model.addAttribute("atlasVersion", atlas.version());
        model.addAttribute("chartVersion", chart.version());
        var chosen = atlas.muscle(muscle);
        boolean unknown = muscle != null && !muscle.isBlank() && chosen.isEmpty();
        if (unknown) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("unknown", unknown);
        if (chosen.isPresent()) {
            var pattern = atlas.pattern(new BodySite(chosen.get().code(), chosenSide));
            model.addAttribute("muscle", chosen.get());
            model.addAttribute("triggerZones", labels(pattern.triggerZones()));
            model.addAttribute("primaryZones", labels(pattern.primaryZones()));
            model.addAttribute("spilloverZones", labels(pattern.spilloverZones()));
            model.addAttribute("picture", pictures.pattern("atlas-chart", pattern));
        } else {
            model.addAttribute("picture", pictures.blank("atlas-chart", "show"));
        }
        return "assessment/atlas";
    }

    private List<String> labels(Collection<String> codes) {
        return codes.stream().map(c -> chart.zone(c).map(BodyZone::label).orElse(c)).toList();
    }
}
