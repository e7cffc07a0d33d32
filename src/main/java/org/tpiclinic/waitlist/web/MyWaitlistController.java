package org.tpiclinic.waitlist.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.waitlist.TooManyOpenEntriesException;
import org.tpiclinic.waitlist.Waitlist;

/** A signed-in patient's own waitlist entries: join, see, leave. */
@Controller
class MyWaitlistController {

    private final Waitlist waitlist;
    private final WaitlistRows rows;
    private final SchedulingDirectory directory;
    private final Clock clock;

    MyWaitlistController(Waitlist waitlist, WaitlistRows rows, SchedulingDirectory directory, Clock clock) {
        this.waitlist = waitlist;
        this.rows = rows;
        this.directory = directory;
        this.clock = clock;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(WaitlistForm.FIELDS);
    }

    @GetMapping("/my/waitlist")
    String page(@ModelAttribute("form") WaitlistForm form, @AuthenticationPrincipal ClinicUser me, Model model) {
        model.addAttribute("rows", rows.rows(waitlist.mine(me.current())));
        rows.choices(model);
        return "waitlist/mine";
    }

    @PostMapping("/my/waitlist")
    String join(@ModelAttribute("form") WaitlistForm form, BindingResult errors, @AuthenticationPrincipal ClinicUser me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        form.setPatientId(null); // a patient joins only for themself
        form.validate(errors, directory, clock);
        if (!errors.hasErrors()) {
            try {
                waitlist.join(me.current(), form.request());
                redirect.addFlashAttribute("notice", "waitlist.joined");
                return "redirect:/my/waitlist";
            } catch (TooManyOpenEntriesException full) {
                errors.reject("waitlist.error.tooMany", new Object[] { full.limit() }, full.getMessage());
            } catch (IllegalArgumentException refused) {
                errors.reject("waitlist.error", refused.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(form, me, model);
    }

    @PostMapping("/my/waitlist/{id}/withdraw")
    String leave(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        waitlist.withdraw(me.current(), id);
        redirect.addFlashAttribute("notice", "waitlist.left");
        return "redirect:/my/waitlist";
    }
}
