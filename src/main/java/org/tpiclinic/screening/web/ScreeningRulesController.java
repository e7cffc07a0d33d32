package org.tpiclinic.screening.web;

import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.screening.rules.RuleId;
import org.tpiclinic.screening.rules.RuleSeverity;
import org.tpiclinic.screening.rules.ScreeningRules;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.NotFoundException;

/** Admins change a rule's severity and threshold, with a reason; each change makes a new rule-set version. */
@Controller
@RequestMapping("/admin/screening-rules")
class ScreeningRulesController {

    private final ScreeningRules rules;
    private final MessageSource messages;

    ScreeningRulesController(ScreeningRules rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/{rule}")
    String change(@PathVariable String rule, @RequestParam int basedOnVersion,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String threshold,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        RuleId id = parse(rule);
        try {
            RuleSeverity level = severity == null || severity.isBlank() ? null : RuleSeverity.valueOf(severity);
            Integer limit = threshold == null || threshold.isBlank() ? null : Integer.valueOf(threshold.trim());
            var next = rules.change(me.current(), basedOnVersion, id, level, limit, reason);
            redirect.addFlashAttribute("notice", "screening.rules.changed");
            redirect.addFlashAttribute("noticeArgs", new Object[] { next.version() });
            return "redirect:/admin/screening-rules";
        } catch (FieldRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            var text = refused.refusals().get(0).text(messages, LocaleContextHolder.getLocale());
            return page(model, Map.of(id.name(), text));
        } catch (IllegalArgumentException unreadable) {
            // A severity or threshold the form cannot send: a hand-made request, answered in the same words.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String key = unreadable instanceof NumberFormatException ? "screening.rules.error.thresholdNumber"
                    : "screening.rules.error.severity";
            return page(model, Map.of(id.name(), messages.getMessage(key, null, LocaleContextHolder.getLocale())));
        }
    }

    private String page(Model model, Map<String, String> problems) {
        model.addAttribute("ruleSet", rules.current());
        model.addAttribute("history", rules.history());
        model.addAttribute("severities", RuleSeverity.values());
        model.addAttribute("problems", problems);
        return "screening/rules";
    }

    private static RuleId parse(String rule) {
        try {
            return RuleId.valueOf(rule);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("The screening rule");
        }
    }
}
