package org.tpiclinic.booking.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.booking.OnlineBookingException;
import org.tpiclinic.booking.OnlineBookings;
import org.tpiclinic.booking.OnlineMatches;
import org.tpiclinic.booking.OnlineRequest;
import org.tpiclinic.shared.ConflictException;

/**
 * Staff: the confirmed online requests that wait for someone. Requests from a namesake of an existing chart are
 * matched first (link to that chart, or register a new one); requests for types that need approval are approved
 * (booked) or declined.
 */
@Controller
class OnlineRequestsController {

    private final OnlineBookings online;
    private final OnlineMatches matches;
    private final SchedulingDirectory directory;

    OnlineRequestsController(OnlineBookings online, OnlineMatches matches, SchedulingDirectory directory) {
        this.online = online;
        this.matches = matches;
        this.directory = directory;
    }

    @GetMapping("/schedule/online-requests")
    String list(@AuthenticationPrincipal ClinicUser me, Model model) {
        var requests = online.awaitingApproval(me.current());
        var waiting = me.current().mayEditRecords() ? matches.waiting(me.current()) : List.<OnlineMatches.Waiting>of();
        model.addAttribute("matching", waiting);
        var when = new java.util.HashMap<UUID, String>();
        for (var r : java.util.stream.Stream.concat(requests.stream(), waiting.stream().map(w -> w.request()))
                .toList()) {
            var location = directory.location(r.locationId());
            when.put(r.id(), location.name() + ", " + new org.tpiclinic.scheduling.Slot(r.clinicianId(),
                    r.locationId(), r.typeId(), r.startAt(), r.startAt(), location.zone()).label());
        }
        model.addAttribute("requests", requests);
        model.addAttribute("when", when);
        model.addAttribute("directory", directory);
        return "booking/requests";
    }

    @PostMapping("/schedule/online-requests/{id}/approve")
    String approve(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect,
            HttpServletResponse response, Model model) {
        try {
            var booked = online.approve(me.current(), id);
            redirect.addFlashAttribute("notice", "Booked.");
            return booked.appointmentId() == null ? "redirect:/schedule/online-requests"
                    : "redirect:/schedule/appointments/" + booked.appointmentId();
        } catch (OnlineBookingException taken) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", taken.getMessage());
            return list(me, model);
        }
    }

    @PostMapping("/schedule/online-requests/{id}/link")
    String link(@PathVariable UUID id, @RequestParam UUID patientId, @AuthenticationPrincipal ClinicUser me,
            RedirectAttributes redirect, HttpServletResponse response, Model model) {
        return matched(() -> matches.link(me.current(), id, patientId), me, redirect, response, model);
    }

    @PostMapping("/schedule/online-requests/{id}/new-chart")
    String newChart(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect,
            HttpServletResponse response, Model model) {
        return matched(() -> matches.registerNew(me.current(), id), me, redirect, response, model);
    }

    private String matched(java.util.function.Supplier<OnlineRequest> decision, ClinicUser me,
            RedirectAttributes redirect, HttpServletResponse response, Model model) {
        try {
            var request = decision.get();
            if (request.appointmentId() != null) {
                redirect.addFlashAttribute("notice", "Matched and booked.");
                return "redirect:/schedule/appointments/" + request.appointmentId();
            }
            redirect.addFlashAttribute("notice", "Matched. The request now waits for approval below.");
            return "redirect:/schedule/online-requests";
        } catch (OnlineBookingException taken) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", "Matched, but the time was taken meanwhile: " + taken.getMessage()
                    + " The request waits below; call the patient to agree another time.");
        } catch (ConflictException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refused.getMessage());
        }
        return list(me, model);
    }

    @PostMapping("/schedule/online-requests/{id}/decline")
    String decline(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        online.decline(me.current(), id);
        redirect.addFlashAttribute("notice", "Declined.");
        return "redirect:/schedule/online-requests";
    }
}
