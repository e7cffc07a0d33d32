package org.tpiclinic.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;

/** Makes the signed-in user available to every page as {@code me} (null when nobody is signed in). */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal ClinicUser user) {
        return user == null ? null : user.current();
    }
}
