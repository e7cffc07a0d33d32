package org.tpiclinic.aftercare.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.aftercare.AftercareTexts;
import org.tpiclinic.aftercare.Section;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.shared.ConflictException;

/** The practice's aftercare texts, per language and section, with their sources (admins). */
@Controller
class AftercareTextsController {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 4000;
    static final int SOURCE_MAX = 500;

    private final AftercareTexts texts;

    AftercareTextsController(AftercareTexts texts) {
        this.texts = texts;
    }

    @GetMapping("/admin/aftercare")
    String list(Model model) {
        model.addAttribute("texts", texts.all());
        return "aftercare/texts";
    }

    @PostMapping("/admin/aftercare/{language}/{section}")
    String save(@PathVariable String language, @PathVariable Section section, @RequestParam String title,
            @RequestParam String body, @RequestParam String source, @RequestParam long version,
            @AuthenticationPrincipal ClinicUser user, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        String problem = check(title, TITLE_MAX, "title") + check(body, BODY_MAX, "text")
                + check(source, SOURCE_MAX, "source");
        if (problem.isEmpty()) {
            try {
                texts.update(user.current(), language, section, title, body, source, version);
                redirect.addFlashAttribute("notice", "aftercare.texts.saved");
                return "redirect:/admin/aftercare";
            } catch (ConflictException raced) {
                problem = raced.getMessage();
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("problem", language + " " + section + ": " + problem);
        return list(model);
    }

    private static String check(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return "The " + what + " cannot be empty. ";
        }
        return value.length() > max ? "The " + what + " is longer than " + max + " characters. " : "";
    }
}
