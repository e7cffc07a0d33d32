package org.tpiclinic.outcomes.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.outcomes.FollowUpLinkExpired;
import org.tpiclinic.outcomes.FollowUpLinks;
import org.tpiclinic.outcomes.Occasion;
import org.tpiclinic.outcomes.Outcomes;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;

/**
 * {@code /outcomes/follow-up/{token}}: the monthly follow-up a patient answers from the emailed link, without
 * signing in. A link that never existed is 404, one already answered 409, one expired 410, each with a plain
 * message and the way to answer in the portal instead.
 */
@Controller
@RequestMapping("/outcomes/follow-up/{token}")
class FollowUpLinkController {

    private final FollowUpLinks links;
    private final Outcomes outcomes;
    private final OutcomePages pages;

    FollowUpLinkController(FollowUpLinks links, Outcomes outcomes, OutcomePages pages) {
        this.links = links;
        this.outcomes = outcomes;
        this.pages = pages;
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        return show(token, model, response, Map.of(), Map.of());
    }

    @PostMapping
    String submit(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) {
        Map<String, String> problems;
        try {
            problems = links.answer(token, MyOutcomesController.answers(params,
                    outcomes.questionnaires(Occasion.FOLLOW_UP)));
        } catch (NotFoundException | ConflictException | FollowUpLinkExpired refused) {
            return refused(refused, model, response);
        }
        if (problems.isEmpty()) {
            model.addAttribute("message", pages.text("outcomes.link.thanks"));
            model.addAttribute("due", null);
            return "outcomes/follow-up";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(token, model, response, problems, params);
    }

    private String show(String token, Model model, HttpServletResponse response, Map<String, String> problems,
            Map<String, String> typed) {
        try {
            var link = links.open(token);
            model.addAttribute("due", new Outcomes.Due(Occasion.FOLLOW_UP, link.dueKey(), link.dueOn()));
        } catch (NotFoundException | ConflictException | FollowUpLinkExpired refused) {
            return refused(refused, model, response);
        }
        model.addAttribute("message", null);
        model.addAttribute("action", "/outcomes/follow-up/" + token);
        model.addAttribute("questionnaires", outcomes.questionnaires(Occasion.FOLLOW_UP));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        return "outcomes/follow-up";
    }

    private static String refused(RuntimeException refused, Model model, HttpServletResponse response) {
        response.setStatus(refused instanceof NotFoundException ? 404 : refused instanceof ConflictException ? 409 : 410);
        model.addAttribute("message", refused instanceof NotFoundException
                ? "This link is not known. Please use the link from your email, or answer in the patient portal "
                        + "under My progress."
                : refused.getMessage());
        model.addAttribute("due", null);
        return "outcomes/follow-up";
    }
}
