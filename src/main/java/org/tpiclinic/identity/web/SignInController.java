package org.tpiclinic.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Role;

@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(@AuthenticationPrincipal ClinicUser user) {
        return user == null ? "identity/login" : "redirect:/start";
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
