package org.tpiclinic.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ChosenPasswordFilter;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Credentials;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.PasswordPolicy;
import org.tpiclinic.identity.SecondFactors;
import org.tpiclinic.shared.FieldRefused;

/**
 * A signed-in user's own account: changing their password, and (staff) setting up, renewing the recovery codes
 * of or turning off two-step sign-in. Every change first asks for the current password, and the app's code when
 * the user has one.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    static final String OFFER = AccountController.class.getName() + ".OFFER";
    static final String FAILED = AccountController.class.getName() + ".FAILED";
    /** Wrong passwords or codes a session may give when confirming who it is before it is signed out. */
    static final int MAX_FAILED_CONFIRMATIONS = 5;
    private static final int MAX = 300;

    private final Credentials credentials;
    private final SecondFactors secondFactors;

    AccountController(Credentials credentials, SecondFactors secondFactors) {
        this.credentials = credentials;
        this.secondFactors = secondFactors;
    }

    /** The current password and app code that confirm who is asking (bounded: longer is simply wrong). */
    record Confirmation(String currentPassword, String code) {
    }

    record PasswordForm(String currentPassword, String code,
            String newPassword) {
    }

    @GetMapping
    String account(@AuthenticationPrincipal ClinicUser user, HttpServletRequest request, Model model) {
        var me = user.current();
        model.addAttribute("mustChoosePassword", ChosenPasswordFilter.required(request));
        model.addAttribute("enrolled", secondFactors.enrolled(me.userId()));
        model.addAttribute("mfaAvailable", secondFactors.available(me.role()));
        model.addAttribute("mfaRequired", secondFactors.required(me.role()));
        model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(me.userId()));
        model.addAttribute("minPassword", credentials.minimumLength(me));
        model.addAttribute("maxPassword", PasswordPolicy.MAX_LENGTH);
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        for (String form : List.of("enrolForm", "renewForm", "removeForm")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, new Confirmation("", ""));
            }
        }
        return "identity/account";
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        var me = user.current();
        if (longer(form.currentPassword(), form.code())) {
            errors.rejectValue("currentPassword", "account.reauth.wrongPassword");
            return account(user, request, model);
        }
        if (form.newPassword() != null && form.newPassword().length() > MAX) {
            errors.rejectValue("newPassword", "password.tooLong", new Object[] { PasswordPolicy.MAX_LENGTH }, null);
            return account(user, request, model);
        }
        try {
            credentials.changePassword(me, form.currentPassword(), form.code(), form.newPassword(),
                    request.getSession().getId());
        } catch (Credentials.NotConfirmed refused) {
            errors.rejectValue(refused.field(), refused.messageKey());
            return failed(request.getSession()) ? "redirect:/login?ended" : account(user, request, model);
        } catch (FieldRefused weak) {
            weak.onField("newPassword").rejectIn(errors);
            return account(user, request, model);
        }
        boolean wasRequired = ChosenPasswordFilter.required(request);
        ChosenPasswordFilter.chosen(request);
        redirect.addFlashAttribute("notice", wasRequired ? "pwchange.chosen" : "account.password.changed");
        return "redirect:/account";
    }

    /** Starts setting up two-step sign-in: a new secret, kept in the session until a first code confirms it. */
    @PostMapping("/mfa")
    String startEnrolment(@ModelAttribute("enrolForm") Confirmation form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser user, HttpSession session, HttpServletRequest request,
            Model model) {
        if (!confirmed(user.current(), form, errors)) {
            return failed(session) ? "redirect:/login?ended" : account(user, request, model);
        }
        session.setAttribute(OFFER, secondFactors.offer(user.current()));
        return "redirect:/account/mfa/enrol";
    }

    @GetMapping("/mfa/enrol")
    String enrolForm(HttpSession session, Model model) {
        if (!(session.getAttribute(OFFER) instanceof SecondFactors.Offer offer)) {
            return "redirect:/account";
        }
        model.addAttribute("offer", offer);
        model.addAttribute("action", "/account/mfa/enrol");
        model.addAttribute("duringSignIn", false);
        if (!model.containsAttribute(CodeForm.NAME)) {
            model.addAttribute(CodeForm.NAME, CodeForm.empty());
        }
        return "identity/mfa-enrol";
    }

    @PostMapping("/mfa/enrol")
    String enrol(@ModelAttribute(CodeForm.NAME) CodeForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser user, HttpSession session, Model model) {
        if (!(session.getAttribute(OFFER) instanceof SecondFactors.Offer offer)) {
            return "redirect:/account";
        }
        String code = form.typed();
        Optional<List<String>> codes = code.length() > MAX ? Optional.empty()
                : secondFactors.confirm(user.current(), offer, code);
        if (codes.isEmpty()) {
            errors.rejectValue("code", "mfa.code.wrong");
            return enrolForm(session, model);
        }
        session.removeAttribute(OFFER);
        model.addAttribute("codes", codes.get());
        return "identity/recovery-codes";
    }

    @PostMapping("/mfa/recovery-codes")
    String renewRecoveryCodes(@ModelAttribute("renewForm") Confirmation form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser user, HttpSession session, HttpServletRequest request,
            Model model) {
        if (!confirmed(user.current(), form, errors)) {
            return failed(session) ? "redirect:/login?ended" : account(user, request, model);
        }
        model.addAttribute("codes", secondFactors.renewRecoveryCodes(user.current()));
        return "identity/recovery-codes";
    }

    @PostMapping("/mfa/remove")
    String removeSecondFactor(@ModelAttribute("removeForm") Confirmation form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser user, HttpSession session, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        if (!confirmed(user.current(), form, errors)) {
            return failed(session) ? "redirect:/login?ended" : account(user, request, model);
        }
        secondFactors.remove(user.current());
        redirect.addFlashAttribute("notice", "account.mfa.removed");
        return "redirect:/account";
    }

    private boolean confirmed(CurrentUser me, Confirmation form, BindingResult errors) {
        if (longer(form.currentPassword(), form.code())) {
            errors.rejectValue("currentPassword", "account.reauth.wrongPassword");
            return false;
        }
        try {
            credentials.confirm(me, form.currentPassword(), form.code());
            return true;
        } catch (Credentials.NotConfirmed refused) {
            errors.rejectValue(refused.field(), refused.messageKey());
            return false;
        }
    }

    /**
     * Counts a wrong password or code given to confirm who is asking; after {@link #MAX_FAILED_CONFIRMATIONS}
     * the session ends, so that someone who found a signed-in screen cannot go on guessing the password.
     */
    private static boolean failed(HttpSession session) {
        int failures = session.getAttribute(FAILED) instanceof Integer n ? n + 1 : 1;
        if (failures >= MAX_FAILED_CONFIRMATIONS) {
            session.invalidate();
            return true;
        }
        session.setAttribute(FAILED, failures);
        return false;
    }

    private static boolean longer(String... values) {
        for (String value : values) {
            if (value != null && value.length() > MAX) {
                return true;
            }
        }
        return false;
    }
}
