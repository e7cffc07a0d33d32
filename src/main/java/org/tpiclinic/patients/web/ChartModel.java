package org.tpiclinic.patients.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.AnswersAwaitingReview;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.patients.PatientChart;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;

/** Everything the chart page shows, including the choices of its add forms. */
@Component
class ChartModel {

    private final SubstanceCatalog catalog;
    private final List<AnswersAwaitingReview> awaiting;
    private final Clock clock;
    private final int weightStaleDays;
    private final ZoneId displayZone;

    ChartModel(SubstanceCatalog catalog, List<AnswersAwaitingReview> awaiting, Clock clock,
            @Value("${tpi.patients.weight-stale-after-days:90}") int weightStaleDays,
            @Value("${tpi.practice.display-zone:America/New_York}") ZoneId displayZone) {
        this.catalog = catalog;
        this.awaiting = awaiting;
        this.clock = clock;
        this.weightStaleDays = weightStaleDays;
        this.displayZone = displayZone;
    }

    void fill(Model model, PatientChart chart) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("chart", chart);
        model.addAttribute("patient", chart.patient());
        model.addAttribute("age", chart.patient().ageOn(today));
        model.addAttribute("weightStale", chart.weightStale(today, weightStaleDays));
        model.addAttribute("weightStaleDays", weightStaleDays);
        model.addAttribute("zone", displayZone);
        model.addAttribute("allergyClasses", AllergyClass.values());
        model.addAttribute("reactionTypes", ReactionType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("conditionKinds", ConditionKind.values());
        model.addAttribute("medicationCatalog", catalog.entries());
        model.addAttribute("drugClasses", DrugClass.values());
        var answers = awaiting.stream().flatMap(a -> a.awaitingReview(chart.patient().id()).stream()).toList();
        model.addAttribute("awaitingReview", answers);
        model.addAttribute("allergyAwaitingReview", answers.stream().anyMatch(a -> "ALLERGY".equals(a.kind())));
    }
}
