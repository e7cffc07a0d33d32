package org.tpiclinic.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tpiclinic.identity.SecondFactorSignIn;
import org.tpiclinic.identity.SecondFactorSignIn.Pending;
import org.tpiclinic.identity.SecondFactors;

/**
 * The second step of signing in, reachable only with a password sign-in pending in the session: a code from the
 * authenticator app (or a recovery code), or, for staff who must have a second factor and have none yet,
 * setting one up and seeing the recovery codes.
 */
@Controller
@RequestMapping("/login/mfa")
class SecondFactorController {

    static final String OFFER = SecondFactorController.class.getName() + ".OFFER";
    private static final int MAX_CODE_LENGTH = 64;

    private final SecondFactorSignIn signIn;
    private final SecondFactors secondFactors;

    SecondFactorController(SecondFactorSignIn signIn, SecondFactors secondFactors) {
        this.signIn = signIn;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String codeForm(HttpServletRequest request, Model model) {
        var pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute(CodeForm.NAME, CodeForm.empty());
        return pending.get().enrolling() ? "redirect:/login/mfa/enrol" : "identity/mfa-code";
    }

    @PostMapping
    String code(@ModelAttribute(CodeForm.NAME) CodeForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        var pending = signIn.pending(request);
        if (pending.isEmpty() || pending.get().enrolling()) {
            return "redirect:/login";
        }
        String code = form.typed();
        var check = code.length() > MAX_CODE_LENGTH ? SecondFactors.Check.WRONG
                : secondFactors.signIn(pending.get().user().userId(), code);
        if (check == SecondFactors.Check.ACCEPTED) {
            signIn.complete(request, response, pending.get());
            return null;
        }
        errors.rejectValue("code", check == SecondFactors.Check.PAUSED ? "mfa.code.paused" : "mfa.code.wrong");
        return "identity/mfa-code";
    }

    @GetMapping("/enrol")
    String enrolForm(HttpServletRequest request, HttpSession session, Model model) {
        var pending = signIn.pending(request).filter(Pending::enrolling);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        SecondFactors.Offer offer;
        if (session.getAttribute(OFFER) instanceof SecondFactors.Offer offered) {
            offer = offered;
        } else {
            offer = secondFactors.offer(pending.get().user());
            session.setAttribute(OFFER, offer);
        }
        enrolPage(model, offer);
        model.addAttribute(CodeForm.NAME, CodeForm.empty());
        return "identity/mfa-enrol";
    }

    @PostMapping("/enrol")
    String enrol(@ModelAttribute(CodeForm.NAME) CodeForm form, BindingResult errors, HttpServletRequest request,
            HttpSession session, Model model) {
        var pending = signIn.pending(request).filter(Pending::enrolling);
        if (pending.isEmpty() || !(session.getAttribute(OFFER) instanceof SecondFactors.Offer offer)) {
            return "redirect:/login";
        }
        String code = form.typed();
        var codes = code.length() > MAX_CODE_LENGTH ? Optional.<List<String>>empty()
                : secondFactors.confirm(pending.get().user(), offer, code);
        if (codes.isEmpty()) {
            enrolPage(model, offer);
            errors.rejectValue("code", "mfa.code.wrong");
            return "identity/mfa-enrol";
        }
        session.removeAttribute(OFFER);
        signIn.enrolled(request, pending.get());
        model.addAttribute("codes", codes.get());
        model.addAttribute("continueAction", "/login/mfa/continue");
        return "identity/recovery-codes";
    }

    private static void enrolPage(Model model, SecondFactors.Offer offer) {
        model.addAttribute("offer", offer);
        model.addAttribute("action", "/login/mfa/enrol");
        model.addAttribute("duringSignIn", true);
    }

    /** After seeing the recovery codes, the sign-in completes. */
    @PostMapping("/continue")
    String continueSignIn(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var pending = signIn.pending(request).filter(Pending::enrolled);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        signIn.complete(request, response, pending.get());
        return null;
    }
}
