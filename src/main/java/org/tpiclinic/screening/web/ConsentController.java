package org.tpiclinic.screening.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.screening.Consents;
import org.tpiclinic.shared.FieldRefused;

/**
 * The consent page a patient reads and signs (alone in the portal, or on a clinic tablet a clinician hands over).
 * The plan is the one in the clinician's latest valid review, shown in words; the page offers no way to change it,
 * and the form sends only the review's id, which the server checks is still the latest valid one. A refused
 * signature is shown beside its field and nothing is stored. The witness field is only for the clinic.
 */
@Controller
@RequestMapping("/patients/{patientId}/consent")
class ConsentController {

    private final Consents consents;
    private final MessageSource messages;
    private final Atlas atlas;

    ConsentController(Consents consents, MessageSource messages, Atlas atlas) {
        this.consents = consents;
        this.messages = messages;
        this.atlas = atlas;
    }

    /** The signature form, bound field by field. */
    public static class SignForm {
        public UUID review;
        public String typedName;
        public String signature;
        public boolean typedOnly;
        public String witnessName;

        Consents.SignatureForm signatureForm() {
            return new Consents.SignatureForm(typedName, signature, typedOnly, witnessName);
        }
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAllowedFields("review", "typedName", "signature", "typedOnly", "witnessName");
    }

    @GetMapping
    String show(@PathVariable UUID patientId, @ModelAttribute("form") SignForm form,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        return page(patientId, form, Map.of(), me.current(), model);
    }

    @PostMapping
    String sign(@PathVariable UUID patientId, @ModelAttribute("form") SignForm form, BindingResult binding,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        var problems = new HashMap<String, String>();
        if (binding.hasFieldErrors("review") || form.review == null) {
            problems.put("plan", text("consent.plan.stale", "Open the consent page again to see the reviewed plan."));
        } else {
            try {
                consents.sign(me.current(), patientId, form.review, form.signatureForm(), request.getRemoteAddr());
                redirect.addFlashAttribute("notice", "consent.signed");
                return "redirect:/patients/" + patientId + "/consent";
            } catch (FieldRefused refused) {
                problems.putAll(refused.texts(messages, LocaleContextHolder.getLocale()));
            }
        }
        form.signature = null;
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(patientId, form, problems, me.current(), model);
    }

    @PostMapping("/{consentId}/withdraw")
    String withdraw(@PathVariable UUID patientId, @PathVariable UUID consentId, @RequestParam(required = false)
            String reason, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        try {
            consents.withdraw(me.current(), patientId, consentId, reason);
            redirect.addFlashAttribute("notice", "consent.withdrawn");
        } catch (FieldRefused refused) {
            redirect.addFlashAttribute("withdrawProblem",
                    refused.refusals().get(0).text(messages, LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("withdrawFor", consentId);
        }
        return "redirect:/patients/" + patientId + "/consent#signed";
    }

    @GetMapping("/{consentId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID patientId, @PathVariable UUID consentId,
            @AuthenticationPrincipal ClinicUser me) {
        var bytes = consents.pdf(me.current(), patientId, consentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("consent-" + consentId + ".pdf").build().toString())
                .body(bytes);
    }

    private String page(UUID patientId, SignForm form, Map<String, String> problems, CurrentUser me, Model model) {
        var view = consents.open(me, patientId);
        var plan = view.plan().orElse(null);
        model.addAttribute("patient", view.patient());
        model.addAttribute("template", view.template());
        model.addAttribute("signed", view.signed());
        model.addAttribute("review", view.review());
        model.addAttribute("plan", plan);
        model.addAttribute("parts", plan == null ? List.of() : view.template().render(plan, atlas::nearThorax));
        model.addAttribute("problems", problems);
        model.addAttribute("inClinic", me.role() == Role.CLINICIAN);
        model.addAttribute("maySign", me.role() == Role.CLINICIAN || patientId.equals(me.patientId()));
        model.addAttribute("mayWithdraw", me.mayEditRecords() || patientId.equals(me.patientId()));
        return "screening/consent";
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
