package org.tpiclinic.billing.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.billing.BillingQueue;
import org.tpiclinic.billing.BillingQueue.CorrectionRequest;
import org.tpiclinic.billing.ClaimStatus;
import org.tpiclinic.billing.InvalidCorrection;
import org.tpiclinic.billing.Superbills;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.PatientRegistry;

/** The billing work queue, one claim with its correction form, marking exported, and the superbill PDF. */
@Controller
class BillingController {

    private final BillingQueue queue;
    private final Superbills superbills;
    private final PatientRegistry patients;

    BillingController(BillingQueue queue, Superbills superbills, PatientRegistry patients) {
        this.queue = queue;
        this.superbills = superbills;
        this.patients = patients;
    }

    @GetMapping("/billing")
    String queue(@RequestParam(required = false) ClaimStatus status, @AuthenticationPrincipal ClinicUser me,
            Model model) {
        if (status == null) {
            model.addAttribute("review", queue.queue(me.current(), ClaimStatus.REVIEW));
            model.addAttribute("ready", queue.queue(me.current(), ClaimStatus.READY));
        } else {
            model.addAttribute("listed", queue.queue(me.current(), status));
        }
        model.addAttribute("status", status);
        return "billing/queue";
    }

    @GetMapping("/billing/claims/{sessionId}")
    String claim(@PathVariable UUID sessionId, @AuthenticationPrincipal ClinicUser me, Model model) {
        var claim = queue.claim(me.current(), sessionId);
        model.addAttribute("correctionForm", CorrectionForm.of(claim));
        return page(me, claim, model);
    }

    private String page(ClinicUser me, org.tpiclinic.billing.Claim claim, Model model) {
        model.addAttribute("claim", claim);
        model.addAttribute("patient", patients.chart(me.current(), claim.patientId()).patient());
        return "billing/claim";
    }

    @PostMapping("/billing/claims/{sessionId}/correct")
    String correct(@PathVariable UUID sessionId, @Valid @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult errors, @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect) {
        if (form.getVersion() == null && !errors.hasFieldErrors("version")) {
            errors.rejectValue("version", "billing.correct.version");
        }
        if (!errors.hasErrors()) {
            try {
                queue.correct(me.current(), sessionId, new CorrectionRequest(CorrectionForm.split(form.getProcedures()),
                        CorrectionForm.split(form.getDiagnoses()), form.getReason(), form.getVersion()));
                redirect.addFlashAttribute("notice", "billing.corrected");
                return "redirect:/billing/claims/" + sessionId;
            } catch (InvalidCorrection e) {
                e.errors().forEach((field, key) -> errors.rejectValue(field, key));
            }
        }
        model.addAttribute("invalid", true);
        return page(me, queue.claim(me.current(), sessionId), model);
    }

    @PostMapping("/billing/claims/{sessionId}/exported")
    String exported(@PathVariable UUID sessionId, @RequestParam int version, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect) {
        queue.markExported(me.current(), sessionId, version);
        redirect.addFlashAttribute("notice", "billing.markedExported");
        return "redirect:/billing/claims/" + sessionId;
    }

    @GetMapping("/billing/claims/{sessionId}/superbill.pdf")
    ResponseEntity<byte[]> superbill(@PathVariable UUID sessionId, @AuthenticationPrincipal ClinicUser me) {
        byte[] pdf = superbills.render(me.current(), sessionId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("superbill-" + sessionId + ".pdf").build().toString())
                .body(pdf);
    }
}
