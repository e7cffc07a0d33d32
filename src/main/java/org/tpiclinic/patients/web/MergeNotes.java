package org.tpiclinic.patients.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.DuplicateCharts;

/**
 * Tells staff on a chart page which charts were merged into it, or that it was merged away and where its
 * records are now ({@code patients/merge :: notes}).
 */
@ControllerAdvice(assignableTypes = PatientController.class)
class MergeNotes {

    private final DuplicateCharts duplicates;

    MergeNotes(DuplicateCharts duplicates) {
        this.duplicates = duplicates;
    }

    @ModelAttribute
    void notes(@PathVariable(name = "patientId", required = false) UUID patientId,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        if (patientId == null || me == null || !me.current().isStaff()) {
            return;
        }
        duplicates.mergedAway(patientId).ifPresent(m -> model.addAttribute("mergedAway", m));
        model.addAttribute("mergedIn", duplicates.mergedInto(patientId));
    }
}
