package org.tpiclinic.billing.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tpiclinic.billing.ClaimExport;
import org.tpiclinic.billing.InvalidExport;
import org.tpiclinic.identity.ClinicUser;

/**
 * The claim-ready export: a form for the range of service dates, and the CSV itself, written straight to the
 * response as the rows arrive. A bad range shows the form again with the message beside the date (400).
 */
@Controller
class ExportController {

    private final ClaimExport export;

    ExportController(ClaimExport export) {
        this.export = export;
    }

    @GetMapping("/billing/export")
    String form(@AuthenticationPrincipal ClinicUser me, Model model) {
        model.addAttribute("exportForm", new ExportForm());
        model.addAttribute("waiting", export.waitingForReview(me.current()));
        return "billing/export";
    }

    @GetMapping("/billing/export.csv")
    String csv(@ModelAttribute("exportForm") ExportForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, HttpServletResponse response, Model model) throws IOException {
        if (!errors.hasErrors()) {
            try {
                export.disclose(me.current(), form.getFrom(), form.getTo());
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("claims-" + form.getFrom() + "-to-" + form.getTo() + ".csv").build().toString());
                export.write(me.current(), form.getFrom(), form.getTo(), response.getOutputStream());
                return null;
            } catch (InvalidExport e) {
                errors.rejectValue(e.field(), e.key());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("waiting", export.waitingForReview(me.current()));
        return "billing/export";
    }
}
