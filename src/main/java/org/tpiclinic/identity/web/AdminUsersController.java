package org.tpiclinic.identity.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.PasswordPolicy;
import org.tpiclinic.identity.SecondFactors;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.PlainText;
import org.tpiclinic.shared.FieldRefused;

/** Admin: staff accounts, their roles, disabling and password resets. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private final Accounts accounts;
    private final MessageSource messages;
    private final SecondFactors secondFactors;

    AdminUsersController(Accounts accounts, MessageSource messages, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.messages = messages;
        this.secondFactors = secondFactors;
    }

    record NewStaffForm(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
                    message = "{user.username.pattern}") String username,
            @NotBlank @Size(max = 120) @PlainText String displayName,
            @NotNull Role role,
            @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {
    }

    @ModelAttribute("staffRoles")
    Map<String, String> staffRoles() {
        var roles = new LinkedHashMap<String, String>();
        Arrays.stream(Role.values()).filter(Role::isStaff).forEach(r -> roles.put(r.name(),
                messages.getMessage("role." + r.name(), null, LocaleContextHolder.getLocale())));
        return roles;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("mfaEnrolled", secondFactors.enrolledAccounts());
        model.addAttribute("minPassword", PasswordPolicy.MIN_WITHOUT_MFA);
        model.addAttribute("maxPassword", PasswordPolicy.MAX_LENGTH);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewStaffForm("", "", null, ""));
        }
        return "identity/users";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewStaffForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.createStaff(form.username(), form.displayName(), form.role(), form.password(),
                        me.current());
                redirect.addFlashAttribute("notice", "users.notice.created");
                redirect.addFlashAttribute("noticeArgs", new Object[] { form.username() });
                return "redirect:/admin/users";
            } catch (ConflictException taken) {
                errors.rejectValue("username", "user.username.taken", taken.getMessage());
            } catch (FieldRefused weak) {
                weak.rejectIn(errors);
            }
        }
        return list(model);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable UUID id, @RequestParam Role role, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        try {
            accounts.changeRole(id, role, me.current());
            redirect.addFlashAttribute("notice", "users.notice.roleChanged");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", "flash.refused");
            redirect.addFlashAttribute("problemArgs", new Object[] { refused.getMessage() });
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        try {
            accounts.disable(id, me.current());
            redirect.addFlashAttribute("notice", "users.notice.disabled");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", "flash.refused");
            redirect.addFlashAttribute("problemArgs", new Object[] { refused.getMessage() });
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        accounts.enable(id, me.current());
        redirect.addFlashAttribute("notice", "users.notice.enabled");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam String password,
            @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password, me.current());
            redirect.addFlashAttribute("notice", "users.notice.passwordReset");
        } catch (FieldRefused weak) {
            redirect.addFlashAttribute("problem", weak.messageKey());
            redirect.addFlashAttribute("problemArgs", weak.arguments());
        }
        return "redirect:/admin/users";
    }

    /** For a lost phone: the user signs in with their password alone and (where required) sets up a new app. */
    @PostMapping("/{id}/mfa/reset")
    String resetSecondFactor(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        secondFactors.reset(id, me.current());
        redirect.addFlashAttribute("notice", "users.mfa.resetDone");
        return "redirect:/admin/users";
    }
}
