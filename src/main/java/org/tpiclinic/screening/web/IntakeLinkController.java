package org.tpiclinic.screening.web;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.screening.IntakeLinks;
import org.tpiclinic.shared.NotFoundException;

/**
 * The intake questionnaire opened from the link in an appointment confirmation, without signing in. The token
 * alone names the patient (no patient id in the address to change); an unknown, altered or expired link gets a
 * plain page saying so, never the questionnaire.
 */
@Controller
@RequestMapping("/intake/{token}")
class IntakeLinkController {

    private static final LinkExpiredException.NextStep GONE =
            new LinkExpiredException.NextStep("link.gone.intake", "/login", "link.gone.signIn");

    private final IntakeLinks links;
    private final IntakePage page;

    IntakeLinkController(IntakeLinks links, IntakePage page) {
        this.links = links;
        this.page = page;
    }

    @InitBinder({ "visit", "care", "safety" })
    void bindFields(WebDataBinder binder) {
        IntakeForms.bind(binder);
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return asLinkHolder(token, model, response, me -> page.show(me, me.patientId(), "/intake/" + token, model));
    }

    /** The whole form, saved in one go. */
    @PostMapping
    String saveAll(@PathVariable String token, @ModelAttribute("visit") IntakeForms.Visit visit,
            BindingResult visitErrors, @ModelAttribute("care") IntakeForms.Care care, BindingResult careErrors,
            @ModelAttribute("safety") IntakeForms.Safety safety, BindingResult safetyErrors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var typed = new IntakePage.Typed(visit, visitErrors, care, careErrors, safety, safetyErrors);
        return asLinkHolder(token, model, response, me -> page.saveAll(me, me.patientId(), "/intake/" + token,
                typed, model, redirect, response));
    }

    @PostMapping("/visit")
    String visit(@PathVariable String token, @Valid @ModelAttribute("visit") IntakeForms.Visit form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(token, form, errors, model, redirect, response);
    }

    @PostMapping("/care")
    String care(@PathVariable String token, @Valid @ModelAttribute("care") IntakeForms.Care form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(token, form, errors, model, redirect, response);
    }

    @PostMapping("/safety")
    String safety(@PathVariable String token, @Valid @ModelAttribute("safety") IntakeForms.Safety form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(token, form, errors, model, redirect, response);
    }

    private String save(String token, Object form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return asLinkHolder(token, model, response, me -> page.save(me, me.patientId(), "/intake/" + token, form,
                errors, model, redirect, response));
    }

    private String asLinkHolder(String token, Model model, HttpServletResponse response,
            Function<CurrentUser, String> then) {
        CurrentUser me;
        try {
            me = links.redeem(token);
        } catch (NotFoundException | LinkExpiredException gone) {
            return LinkExpiredException.page(gone, GONE, model, response);
        }
        model.addAttribute("viaLink", true);
        return then.apply(me);
    }
}
