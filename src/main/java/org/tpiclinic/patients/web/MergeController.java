package org.tpiclinic.patients.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    private static final int MAX_MRN = 30;

    private final DuplicateCharts duplicates;
    private final PatientRegistry registry;

    MergeController(DuplicateCharts duplicates, PatientRegistry registry) {
        this.duplicates = duplicates;
        this.registry = registry;
    }

    /** The MRN of the chart to merge in, as typed. */
    record FindForm(@Nullable String mrn) {
    }

    /** The duplicate chart and why it is the same person. */
    record MergeForm(@Nullable UUID duplicateId, @Nullable String reason) {
    }

    @GetMapping("/patients/{patientId}/merge")
    String page(@PathVariable UUID patientId, @ModelAttribute("find") FindForm find, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, HttpServletResponse response) {
        if (!me.current().mayEditRecords()) {
            throw new ForbiddenException("You may not merge patients' charts");
        }
        model.addAttribute("survivor", registry.chart(me.current(), patientId));
        String mrn = find.mrn() == null ? "" : find.mrn().strip();
        if (!mrn.isEmpty()) {
            var found = mrn.length() > MAX_MRN ? Optional.<UUID>empty() : duplicates.byMrn(mrn);
            if (found.isEmpty()) {
                errors.rejectValue("mrn", "merge.error.mrnUnknown", "No chart has this MRN. Check it on the other chart.");
            } else if (found.get().equals(patientId)) {
                errors.rejectValue("mrn", "merge.error.mrnSame", "That is this chart. Enter the MRN of the duplicate.");
            } else {
                model.addAttribute("duplicate", registry.chart(me.current(), found.get()));
                model.addAttribute("merge", new MergeForm(found.get(), ""));
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "patients/merge";
    }

    @PostMapping("/patients/{patientId}/merge")
    String merge(@PathVariable UUID patientId, @ModelAttribute("merge") MergeForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (form.duplicateId() == null) {
            throw new FieldRefused("duplicateId", "merge.error.noDuplicate", "Find the duplicate chart by its MRN first");
        }
        try {
            var merge = duplicates.merge(me.current(), form.duplicateId(), patientId,
                    form.reason() == null ? "" : form.reason());
            redirect.addFlashAttribute("notice", "merge.notice.merged");
            redirect.addFlashAttribute("noticeArgs", new Object[] { merge.mergedMrn() });
            return "redirect:/patients/" + patientId;
        } catch (FieldRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            refused.rejectIn(errors);
        } catch (ConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.reject("merge.conflict", conflict.getMessage());
        }
        model.addAttribute("survivor", registry.chart(me.current(), patientId));
        model.addAttribute("duplicate", registry.chart(me.current(), form.duplicateId()));
        model.addAttribute("find", new FindForm(""));
        return "patients/merge";
    }
}
