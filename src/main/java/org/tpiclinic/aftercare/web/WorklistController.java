package org.tpiclinic.aftercare.web;

import java.util.HashSet;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.aftercare.CheckIns;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ConflictException;

/** The follow-up worklist: patients whose check-in raised a red flag, until someone reached them. */
@Controller
class WorklistController {

    private final CheckIns checkIns;
    private final PatientRegistry patients;

    WorklistController(CheckIns checkIns, PatientRegistry patients) {
        this.checkIns = checkIns;
        this.patients = patients;
    }

    @GetMapping("/aftercare/worklist")
    String worklist(@AuthenticationPrincipal ClinicUser user, Model model) {
        var me = user.current();
        var rows = checkIns.worklist(me);
        var ids = new HashSet<UUID>();
        rows.forEach(r -> ids.add(r.checkIn().patientId()));
        model.addAttribute("rows", rows);
        model.addAttribute("names", patients.names(me, ids));
        return "aftercare/worklist";
    }

    @PostMapping("/aftercare/worklist/{id}/handled")
    String handled(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser user, RedirectAttributes redirect) {
        try {
            checkIns.handle(user.current(), id);
            redirect.addFlashAttribute("notice", "aftercare.worklist.handled");
        } catch (ConflictException already) {
            redirect.addFlashAttribute("problem", already.getMessage());
        }
        return "redirect:/aftercare/worklist";
    }
}
