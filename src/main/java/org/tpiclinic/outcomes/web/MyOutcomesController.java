package org.tpiclinic.outcomes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.outcomes.Instrument;
import org.tpiclinic.outcomes.Outcomes;
import org.tpiclinic.shared.ForbiddenException;

/**
 * {@code /my/outcomes}: a patient's own progress (the same chart and tables as the clinician's) and, when one is
 * due, the questionnaire to fill: the baseline before the first session, then a monthly follow-up after the last
 * one. Field names are {@code <instrument>.<item>} (and {@code .label} for an activity the patient names).
 */
@Controller
class MyOutcomesController {

    private final Outcomes outcomes;
    private final OutcomePages pages;

    MyOutcomesController(Outcomes outcomes, OutcomePages pages) {
        this.outcomes = outcomes;
        this.pages = pages;
    }

    @GetMapping("/my/outcomes")
    String page(@AuthenticationPrincipal ClinicUser me, Model model) {
        var patientId = patientOf(me);
        show(me, patientId, model, Map.of(), Map.of());
        return "outcomes/my";
    }

    @PostMapping("/my/outcomes")
    String submit(@RequestParam Map<String, String> params, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var patientId = patientOf(me);
        var due = outcomes.due(patientId);
        if (due.isEmpty() || !due.get().key().equals(params.get("key"))) {
            throw new org.tpiclinic.shared.ConflictException("These answers were already recorded, or nothing is "
                    + "due now. Nothing was changed; open My progress to see what is due.");
        }
        var answers = answers(params, outcomes.questionnaires(due.get().occasion()));
        var problems = outcomes.submit(me.current(), patientId, due.get().occasion(), due.get().key(), answers);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", pages.text("outcomes.my.saved"));
            return "redirect:/my/outcomes";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show(me, patientId, model, problems, params);
        return "outcomes/my";
    }

    private void show(ClinicUser me, UUID patientId, Model model, Map<String, String> problems,
            Map<String, String> typed) {
        var result = outcomes.patient(me.current(), patientId);
        pages.patient(model, result, me.current().displayName());
        var due = outcomes.due(patientId);
        model.addAttribute("due", due.orElse(null));
        model.addAttribute("questionnaires", due.map(d -> outcomes.questionnaires(d.occasion())).orElse(List.of()));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
    }

    static Map<String, List<Instrument.Answer>> answers(Map<String, String> params, List<Instrument> instruments) {
        var answers = new LinkedHashMap<String, List<Instrument.Answer>>();
        for (Instrument i : instruments) {
            var list = new ArrayList<Instrument.Answer>();
            for (var item : i.items()) {
                String key = i.code() + "." + item.code();
                list.add(new Instrument.Answer(item.code(), params.get(key), params.get(key + ".label")));
            }
            answers.put(i.code(), list);
        }
        return answers;
    }

    private static UUID patientOf(ClinicUser me) {
        if (me.current().patientId() == null) {
            throw new ForbiddenException("This page is for patients");
        }
        return me.current().patientId();
    }
}
