package org.tpiclinic.procedures.formulary.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.procedures.formulary.ClinicFormulary;
import org.tpiclinic.procedures.formulary.ClinicPolicy;
import org.tpiclinic.procedures.formulary.DoseLimit;
import org.tpiclinic.procedures.formulary.FormularyVersion;
import org.tpiclinic.procedures.formulary.PolicyCode;
import org.tpiclinic.procedures.formulary.web.FormularyForms.LimitForm;
import org.tpiclinic.procedures.formulary.web.FormularyForms.PolicyForm;
import org.tpiclinic.procedures.formulary.web.FormularyForms.Problems;
import org.tpiclinic.procedures.formulary.web.FormularyForms.WarningForm;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.NotFoundException;

/**
 * The formulary page: clinicians and admins see every agent with its concentration, class, flags, limit and
 * source, the clinic policies and the change history; admins change a limit, a policy or the warning share, each
 * with a reason, which makes a new version. Bad input is shown next to its field (400), a change made against an
 * older version is refused (409) with the page reloaded.
 */
@Controller
@RequestMapping("/admin/formulary")
class FormularyController {

    private final ClinicFormulary formulary;
    private final MessageSource messages;

    FormularyController(ClinicFormulary formulary, MessageSource messages) {
        this.formulary = formulary;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal ClinicUser me, Model model) {
        mayView(me);
        return page(model, me, null, new Problems(), null);
    }

    @PostMapping("/agents/{agentCode}")
    String changeLimit(@PathVariable String agentCode, LimitForm form, @AuthenticationPrincipal ClinicUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        mayChange(me);
        var agent = formulary.current().agent(agentCode)
                .orElseThrow(() -> new NotFoundException("The formulary agent"));
        var problems = new Problems();
        int version = problems.version(form.basedOnVersion());
        var perKilogram = problems.amount("perKilogram", form.perKilogram(), 4, FormularyForms.MOST_PER_KILOGRAM);
        var maximum = problems.amount("maximum", form.maximum(), 3, FormularyForms.MOST_MILLIGRAMS);
        var source = problems.text("source", form.source(), FormularyForms.SOURCE_MAX);
        var reason = problems.text("reason", form.reason(), FormularyForms.REASON_MAX);
        return save(agent.code(), form, problems, model, me, redirect, response,
                () -> formulary.changeLimit(me.current(), version, agent.code(),
                        new DoseLimit(milligrams(perKilogram), milligrams(maximum), source), reason));
    }

    @PostMapping("/policies/{policyCode}")
    String changePolicy(@PathVariable String policyCode, PolicyForm form, @AuthenticationPrincipal ClinicUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        mayChange(me);
        var code = policy(policyCode);
        var problems = new Problems();
        int version = problems.version(form.basedOnVersion());
        Integer threshold = switch (code.unit()) {
        case DAYS -> problems.whole("threshold", form.threshold(), FormularyForms.MOST_DAYS);
        case SESSIONS -> problems.whole("threshold", form.threshold(), FormularyForms.MOST_SESSIONS);
        case NONE -> null;
        };
        var source = problems.text("source", form.source(), FormularyForms.SOURCE_MAX);
        var reason = problems.text("reason", form.reason(), FormularyForms.REASON_MAX);
        return save(code.name(), form, problems, model, me, redirect, response,
                () -> formulary.changePolicy(me.current(), version,
                        new ClinicPolicy(code, form.on(), threshold, source), reason));
    }

    @PostMapping("/warning")
    String changeWarning(WarningForm form, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        mayChange(me);
        var problems = new Problems();
        int version = problems.version(form.basedOnVersion());
        var percent = problems.amount("percent", form.percent(), 2, BigDecimal.valueOf(100));
        if (percent == null && !problems.byField.containsKey("percent")) {
            problems.add("percent", "formulary.error.required");
        }
        var source = problems.text("source", form.source(), FormularyForms.SOURCE_MAX);
        var reason = problems.text("reason", form.reason(), FormularyForms.REASON_MAX);
        return save("WARNING", form, problems, model, me, redirect, response,
                () -> formulary.changeWarnShare(me.current(), version, percent.movePointLeft(2), source, reason));
    }

    private String save(String section, Object form, Problems problems, Model model, ClinicUser me,
            RedirectAttributes redirect, HttpServletResponse response, Supplier<FormularyVersion> change) {
        if (problems.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, me, section, problems, form);
        }
        try {
            var next = change.get();
            redirect.addFlashAttribute("notice", say("formulary.changed", next.version()));
            return "redirect:/admin/formulary#" + section;
        } catch (ConflictException stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", say("formulary.conflict", formulary.version()));
            return page(model, me, section, new Problems(), form);
        }
    }

    private String page(Model model, ClinicUser me, String section, Problems problems, Object submitted) {
        var current = formulary.current();
        var words = new LinkedHashMap<String, String>();
        problems.byField.forEach((field, keyAndArguments) -> words.put(field,
                say((String) keyAndArguments[0], (Object[]) keyAndArguments[1])));
        model.addAttribute("formulary", current);
        model.addAttribute("history", formulary.history());
        model.addAttribute("mayChange", me.current().role() == Role.ADMIN);
        model.addAttribute("failedSection", section);
        model.addAttribute("problems", Map.copyOf(words));
        model.addAttribute("submitted", submitted);
        return "procedures/formulary";
    }

    private static void mayView(ClinicUser me) {
        var role = me.current().role();
        if (role != Role.ADMIN && role != Role.CLINICIAN) {
            throw new ForbiddenException("Only clinicians and admins see the formulary");
        }
    }

    private static void mayChange(ClinicUser me) {
        if (me.current().role() != Role.ADMIN) {
            throw new ForbiddenException("Only an admin changes the formulary");
        }
    }

    private static PolicyCode policy(String code) {
        try {
            return PolicyCode.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("The clinic policy");
        }
    }

    private static Milligrams milligrams(BigDecimal value) {
        return value == null ? null : new Milligrams(value);
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
