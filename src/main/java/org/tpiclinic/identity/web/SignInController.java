package org.tpiclinic.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Role;

@Controller
class SignInController {

    /**
     * The sign-in form, which Spring Security handles when posted: a refusal comes back as {@code ?error} (wrong
     * username or password, never saying which) or {@code ?paused} (too many failures), shown for the whole form.
     */
    record SignInForm(@Nullable String username, @Nullable String password) {
    }

    @GetMapping("/login")
    String signIn(@AuthenticationPrincipal @Nullable ClinicUser user, @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String paused, Model model) {
        if (user != null) {
            return "redirect:/start";
        }
        var form = new SignInForm("", "");
        var errors = new BeanPropertyBindingResult(form, "signIn");
        if (paused != null) {
            errors.reject("login.paused");
        } else if (error != null) {
            errors.reject("login.error");
        }
        model.addAttribute("signIn", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "signIn", errors);
        return "identity/login";
    }

    /** Where each role starts after signing in. */
    @GetMapping("/start")
    String start(@AuthenticationPrincipal ClinicUser user) {
        var me = user.current();
        if (me.role() == Role.PATIENT) {
            return "redirect:/patients/" + me.patientId();
        }
        return me.role() == Role.ADMIN ? "redirect:/admin/users" : "redirect:/patients";
    }
}
