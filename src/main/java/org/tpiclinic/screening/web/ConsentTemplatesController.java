package org.tpiclinic.screening.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.screening.consent.ConsentTemplate;
import org.tpiclinic.screening.consent.ConsentTemplates;

/** Admin: the versions of the consent text; saving an edit adds a version and leaves the others as they were. */
@Controller
@RequestMapping("/admin/consent-templates")
class ConsentTemplatesController {

    private final ConsentTemplates templates;
    private final MessageSource messages;

    ConsentTemplatesController(ConsentTemplates templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The editable text, bound field by field. */
    public static class TemplateForm {
        public String reason;
        public String procedureText;
        public String agentsText;
        public String benefitsText;
        public String alternativesText;
        public String risksText;
        public String thoraxRiskText;
        public String steroidRiskText;
        public String refusalText;

        static TemplateForm of(ConsentTemplate t) {
            var f = new TemplateForm();
            f.procedureText = t.procedureText();
            f.agentsText = t.agentsText();
            f.benefitsText = t.benefitsText();
            f.alternativesText = t.alternativesText();
            f.risksText = t.risksText();
            f.thoraxRiskText = t.thoraxRiskText();
            f.steroidRiskText = t.steroidRiskText();
            f.refusalText = t.refusalText();
            return f;
        }

        boolean complete() {
            return Stream.of(reason, procedureText, agentsText, benefitsText, alternativesText, risksText,
                    thoraxRiskText, steroidRiskText, refusalText)
                    .allMatch(s -> s != null && !s.isBlank() && s.length() <= 4000);
        }

        Map<String, String> texts() {
            var texts = new LinkedHashMap<String, String>();
            texts.put("procedure", procedureText);
            texts.put("agents", agentsText);
            texts.put("benefits", benefitsText);
            texts.put("alternatives", alternativesText);
            texts.put("risks", risksText);
            texts.put("thorax", thoraxRiskText);
            texts.put("steroid", steroidRiskText);
            texts.put("refusal", refusalText);
            return texts;
        }

        ConsentTemplate draft() {
            return new ConsentTemplate(0, Instant.EPOCH, "", reason.strip(), procedureText.strip(),
                    agentsText.strip(), benefitsText.strip(), alternativesText.strip(), risksText.strip(),
                    thoraxRiskText.strip(), steroidRiskText.strip(), refusalText.strip());
        }
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping
    String show(@AuthenticationPrincipal ClinicUser me, Model model) {
        var all = templates.all(me.current());
        model.addAttribute("versions", all);
        model.addAttribute("form", TemplateForm.of(all.get(0)));
        model.addAttribute("texts", TemplateForm.of(all.get(0)).texts());
        return "screening/consent-templates";
    }

    @PostMapping
    String revise(@ModelAttribute("form") TemplateForm form, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.complete()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("versions", templates.all(me.current()));
            model.addAttribute("texts", form.texts());
            model.addAttribute("problem", messages.getMessage("consent.templates.required", null,
                    LocaleContextHolder.getLocale()));
            return "screening/consent-templates";
        }
        var saved = templates.revise(me.current(), form.draft());
        redirect.addFlashAttribute("notice", "consent.templates.saved");
        redirect.addFlashAttribute("noticeArgs", new Object[] { saved.version() });
        return "redirect:/admin/consent-templates";
    }
}
