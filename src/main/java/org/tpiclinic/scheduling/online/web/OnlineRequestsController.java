package org.tpiclinic.scheduling.online.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.online.OnlineBookingException;
import org.tpiclinic.scheduling.online.OnlineBookings;

/** Staff: the confirmed online requests for types that need approval; approve (book) or decline each. */
@Controller
class OnlineRequestsController {

    private final OnlineBookings online;
    private final SchedulingDirectory directory;

    OnlineRequestsController(OnlineBookings online, SchedulingDirectory directory) {
        this.online = online;
        this.directory = directory;
    }

    @GetMapping("/schedule/online-requests")
    String list(@AuthenticationPrincipal ClinicUser me, Model model) {
        var requests = online.awaitingApproval(me.current());
        var when = new java.util.HashMap<UUID, String>();
        for (var r : requests) {
            var location = directory.location(r.locationId());
            when.put(r.id(), location.name() + ", " + new org.tpiclinic.scheduling.Slot(r.clinicianId(),
                    r.locationId(), r.typeId(), r.startAt(), r.startAt(), location.zone()).label());
        }
        model.addAttribute("requests", requests);
        model.addAttribute("when", when);
        model.addAttribute("directory", directory);
        return "online/requests";
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

    @PostMapping("/schedule/online-requests/{id}/decline")
    String decline(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, RedirectAttributes redirect) {
        online.decline(me.current(), id);
        redirect.addFlashAttribute("notice", "Declined.");
        return "redirect:/schedule/online-requests";
    }
}
