package org.tpiclinic.patients.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.DuplicateCharts;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;

/**
 * Merging a duplicate chart into the chart being viewed: find the duplicate by its MRN, see both side by side,
 * give a reason and confirm. {@link DuplicateCharts} decides who may and keeps the trail.
 */
@Controller
class MergeController {

    private final DuplicateCharts duplicates;
    private final PatientRegistry registry;
    private final MessageSource messages;

    MergeController(DuplicateCharts duplicates, PatientRegistry registry, MessageSource messages) {
        this.messages = messages;
        this.duplicates = duplicates;
        this.registry = registry;
    }

    @GetMapping("/patients/{patientId}/merge")
    String page(@PathVariable UUID patientId, @RequestParam(required = false) String mrn,
            @AuthenticationPrincipal ClinicUser me, Model model, HttpServletResponse response) {
        if (!me.current().mayEditRecords()) {
            throw new ForbiddenException("You may not merge patients' charts");
        }
        model.addAttribute("survivor", registry.chart(me.current(), patientId));
        model.addAttribute("mrn", mrn == null ? "" : mrn.strip());
        if (mrn != null && !mrn.isBlank()) {
            var found = mrn.length() > 30 ? Optional.<UUID>empty() : duplicates.byMrn(mrn.strip());
            if (found.isEmpty() || found.get().equals(patientId)) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("mrnError", found.isEmpty() ? "No chart has this MRN. Check it on the other chart."
                        : "That is this chart. Enter the MRN of the duplicate.");
            } else {
                model.addAttribute("duplicate", registry.chart(me.current(), found.get()));
            }
        }
        return "patients/merge";
    }

    @PostMapping("/patients/{patientId}/merge")
    String merge(@PathVariable UUID patientId, @RequestParam UUID duplicateId,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal ClinicUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var merge = duplicates.merge(me.current(), duplicateId, patientId, reason);
            redirect.addFlashAttribute("notice", "merge.notice.merged");
            redirect.addFlashAttribute("noticeArgs", new Object[] { merge.mergedMrn() });
            return "redirect:/patients/" + patientId;
        } catch (FieldRefused | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("survivor", registry.chart(me.current(), patientId));
            model.addAttribute("duplicate", registry.chart(me.current(), duplicateId));
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", refused instanceof FieldRefused field
                    ? field.texts(messages, LocaleContextHolder.getLocale()).get("reason") : refused.getMessage());
            return "patients/merge";
        }
    }
}
