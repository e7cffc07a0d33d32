package org.tpiclinic.aftercare.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.aftercare.AftercarePlan;
import org.tpiclinic.aftercare.AftercarePlans;
import org.tpiclinic.aftercare.CheckIns;
import org.tpiclinic.aftercare.FollowUps;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.ConflictException;

/**
 * The patient's aftercare in the portal: the newest plan (or one chosen), its PDF, its check-ins and the
 * follow-up times to book in one step. Only the patient's own plans; another patient's ids answer 404.
 */
@Controller
class MyAftercareController {

    private final AftercarePlans plans;
    private final CheckIns checkIns;
    private final FollowUps followUps;
    private final CheckInPage checkInPage;
    private final Clock clock;

    MyAftercareController(AftercarePlans plans, CheckIns checkIns, FollowUps followUps, CheckInPage checkInPage,
            Clock clock) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.followUps = followUps;
        this.checkInPage = checkInPage;
        this.clock = clock;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(CheckInForm.FIELDS);
    }

    @GetMapping("/my/aftercare")
    String newest(@AuthenticationPrincipal ClinicUser user, Model model) {
        var me = user.current();
        var all = plans.of(me, me.patientId());
        model.addAttribute("plans", all);
        return all.isEmpty() ? "aftercare/plan" : page(me, plans.get(me, all.get(0).id()), model);
    }

    @GetMapping("/my/aftercare/{id}")
    String plan(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser user, Model model) {
        var me = user.current();
        var plan = plans.get(me, id);
        model.addAttribute("plans", plans.of(me, me.patientId()));
        return page(me, plan, model);
    }

    @GetMapping("/my/aftercare/{id}/plan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser user) {
        byte[] pdf = plans.pdf(user.current(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("aftercare-plan.pdf").build().toString())
                .body(pdf);
    }

    /** Books one of the offered follow-up times: the patient's one step. */
    @PostMapping("/my/aftercare/{id}/follow-up")
    String book(@PathVariable UUID id, @RequestParam UUID clinicianId, @RequestParam UUID locationId,
            @RequestParam Instant start, @AuthenticationPrincipal ClinicUser user, RedirectAttributes redirect) {
        var me = user.current();
        var plan = plans.get(me, id);
        try {
            followUps.book(me, plan, clinicianId, locationId, start);
            redirect.addFlashAttribute("notice", "aftercare.followUp.booked");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/my/aftercare/" + id;
    }

    @GetMapping("/my/aftercare/check-ins/{id}")
    String checkIn(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser user, Model model) {
        return checkInPage.show(user.current(), id, "/my/aftercare/check-ins/" + id, new CheckInForm(), model);
    }

    @PostMapping("/my/aftercare/check-ins/{id}")
    String answer(@PathVariable UUID id, @ModelAttribute("form") CheckInForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser user, Model model, HttpServletResponse response) {
        return checkInPage.submit(user.current(), id, "/my/aftercare/check-ins/" + id, form, errors, model, response);
    }

    private String page(CurrentUser me, AftercarePlan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("checkIns", checkIns.ofPlan(plan));
        model.addAttribute("slots", followUps.offer(plan));
        model.addAttribute("now", clock.instant());
        return "aftercare/plan";
    }
}
