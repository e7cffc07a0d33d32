package org.tpiclinic.aftercare.web;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tpiclinic.aftercare.CheckInLinkExpired;
import org.tpiclinic.aftercare.CheckIns;
import org.tpiclinic.shared.NotFoundException;

/**
 * A check-in opened from its emailed link, without signing in. The token names the one check-in (no id in the
 * address to change); an unknown, altered or expired link gets the plain "this link no longer works" page.
 */
@Controller
@RequestMapping("/check-in/{token}")
class CheckInLinkController {

    private final CheckIns checkIns;
    private final CheckInPage page;

    CheckInLinkController(CheckIns checkIns, CheckInPage page) {
        this.checkIns = checkIns;
        this.page = page;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(CheckInForm.FIELDS);
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return asLinkHolder(token, model, response,
                link -> page.show(link.patient(), link.checkInId(), "/check-in/" + token, new CheckInForm(), model));
    }

    @PostMapping
    String answer(@PathVariable String token, @ModelAttribute("form") CheckInForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return asLinkHolder(token, model, response, link -> page.submit(link.patient(), link.checkInId(),
                "/check-in/" + token, form, errors, model, response));
    }

    private String asLinkHolder(String token, Model model, HttpServletResponse response,
            Function<CheckIns.LinkHolder, String> then) {
        CheckIns.LinkHolder link;
        try {
            link = checkIns.redeem(token);
        } catch (NotFoundException | CheckInLinkExpired gone) {
            boolean expired = gone instanceof CheckInLinkExpired;
            response.setStatus(expired ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("expired", expired);
            return "aftercare/link-gone";
        }
        model.addAttribute("viaLink", true);
        return then.apply(link);
    }
}
