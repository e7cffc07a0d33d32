package org.tpiclinic.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.tpiclinic.shared.Choices;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.scheduling.SlotSearch;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.booking.OnlineBookingException;
import org.tpiclinic.booking.OnlineBookingSettings;
import org.tpiclinic.shared.PublicPageLimit;
import org.tpiclinic.booking.OnlineBookings;
import org.tpiclinic.booking.OnlineRequest;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * The public booking pages: choose a place, a type and a free time, give your details, confirm by the emailed
 * link. A signed-in patient books directly. Submissions and confirmations count towards a per-address limit.
 */
@Controller
class OnlineBookingController {

    private static final LinkExpiredException.NextStep GONE =
            new LinkExpiredException.NextStep("link.gone.booking", "/book", "link.gone.again");

    private final OnlineBookings online;
    private final PublicPageLimit throttle;
    private final SchedulingDirectory directory;
    private final SlotSearch slots;
    private final OnlineBookingSettings settings;
    private final RequestSummaries summaries;
    private final Clock clock;

    OnlineBookingController(OnlineBookings online, PublicPageLimit throttle, SchedulingDirectory directory,
            SlotSearch slots, OnlineBookingSettings settings, RequestSummaries summaries, Clock clock) {
        this.settings = settings;
        this.summaries = summaries;
        this.online = online;
        this.throttle = throttle;
        this.directory = directory;
        this.slots = slots;
        this.clock = clock;
    }

    @GetMapping("/book")
    String page(@ModelAttribute("form") BookForm form, BindingResult errors,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal ClinicUser me, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        boolean damaged = errors.hasFieldErrors("locationId") || errors.hasFieldErrors("typeId");
        fill(form, date, me, model, damaged);
        response.addHeader("Vary", "HX-Request");
        // htmx asks for another week of free times: only the list changes (the full page when the list cannot show).
        boolean listOnly = "true".equals(request.getHeader("HX-Request"))
                && request.getHeader("HX-History-Restore-Request") == null && model.getAttribute("zone") != null;
        return listOnly ? "booking/book :: slots" : "booking/book";
    }

    @PostMapping("/book")
    String submit(@ModelAttribute("form") BookForm form, BindingResult errors,
            @RequestParam(name = "date", required = false) String shownFrom, HttpServletRequest request,
            HttpServletResponse response, @AuthenticationPrincipal ClinicUser me, Model model) {
        if (!throttle.allow(request.getRemoteAddr())) {
            return tooMany(response);
        }
        if (form.isBot()) {
            return "redirect:/book/sent"; // pretend success, store nothing
        }
        form.validate(errors, clock);
        if (!errors.hasErrors()) {
            try {
                online.request(form.application());
                return "redirect:/book/sent";
            } catch (OnlineBookingException taken) {
                errors.rejectValue("slot", "online.error.taken", taken.getMessage());
            } catch (NotFoundException | IllegalArgumentException unknown) {
                errors.reject("online.error.unknown", "Choose a location, kind of appointment and time from the lists.");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        fill(form, form.shownFrom(shownFrom), me, model, false);
        return "booking/book";
    }

    /** A signed-in patient books for themself, without the email step. */
    @PostMapping("/book/self")
    String bookForSelf(@ModelAttribute("form") BookForm form, BindingResult errors,
            @RequestParam(required = false) String idempotencyKey,
            @RequestParam(name = "date", required = false) String shownFrom, @AuthenticationPrincipal ClinicUser me,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var chosen = BookForm.parseSlot(form.getSlot());
        if (chosen == null || form.getTypeId() == null || form.getLocationId() == null || idempotencyKey == null
                || idempotencyKey.isBlank() || idempotencyKey.length() > 60) {
            errors.rejectValue("slot", "online.error.slot", "Choose one of the free times");
        } else if (form.getReason() != null && form.getReason().length() > 500) {
            errors.rejectValue("reason", "online.error.tooLong", "Use at most 500 characters");
        } else {
            try {
                online.bookForSelf(me.current(), form.getTypeId(), LocationId.of(form.getLocationId()),
                        ClinicianId.of(chosen.clinicianId()), chosen.start(), idempotencyKey, form.getReason());
                redirect.addFlashAttribute("notice", "my.booked");
                return "redirect:/my/appointments";
            } catch (OnlineBookingException taken) {
                errors.rejectValue("slot", "online.error.taken", taken.getMessage());
            } catch (NotFoundException | IllegalArgumentException unknown) {
                errors.reject("online.error.unknown", "Choose a location, kind of appointment and time from the lists.");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        fill(form, form.shownFrom(shownFrom), me, model, false);
        return "booking/book";
    }

    @GetMapping("/book/sent")
    String sent(Model model) {
        model.addAttribute("minutes", settings.linkValidity().toMinutes());
        return "booking/sent";
    }

    @GetMapping("/book/confirm/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            var request = online.byToken(token);
            model.addAttribute("request", request);
            model.addAttribute("token", token);
            model.addAttribute("summary", summaries.of(request));
            return "booking/confirm";
        } catch (NotFoundException | LinkExpiredException gone) {
            return gone(gone, model, response);
        }
    }

    @PostMapping("/book/confirm/{token}")
    String confirm(@PathVariable String token, @RequestParam(required = false) String slot,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!throttle.allow(request.getRemoteAddr())) {
            return tooMany(response);
        }
        var chosen = BookForm.parseSlot(slot);
        try {
            online.confirm(token, chosen == null ? null : chosen.clinicianId(), chosen == null ? null : chosen.start());
            return "redirect:/book/confirm/" + token;
        } catch (NotFoundException | LinkExpiredException gone) {
            return gone(gone, model, response);
        } catch (OnlineBookingException taken) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            var open = online.byToken(token);
            model.addAttribute("request", open);
            model.addAttribute("token", token);
            model.addAttribute("summary", summaries.of(open));
            model.addAttribute("taken", taken);
            return "booking/confirm";
        }
    }

    static String tooMany(HttpServletResponse response) {
        response.setStatus(429);
        return PublicPageLimit.PAGE;
    }

    private static String gone(RuntimeException why, Model model, HttpServletResponse response) {
        return LinkExpiredException.page(why, GONE, model, response);
    }

    private void fill(BookForm form, LocalDate date, ClinicUser me, Model model, boolean damaged) {
        var types = online.types();
        var locations = directory.locations();
        model.addAttribute("types", types);
        model.addAttribute("locationOptions", Choices.of(locations, l -> l.id(), l -> l.name()));
        model.addAttribute("typeOptions", Choices.of(types, t -> t.id(), t -> t.name()));
        boolean patient = me != null && me.current().role() == Role.PATIENT;
        model.addAttribute("patient", patient);
        if (patient) { // only their direct booking needs a key; a random UUID takes a lock shared by all requests
            model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        }
        boolean knownType = form.getTypeId() != null && types.stream().anyMatch(t -> t.id().equals(form.getTypeId()));
        boolean knownLocation = form.getLocationId() != null
                && locations.stream().anyMatch(l -> l.id().equals(form.getLocationId()));
        if (damaged || !knownType || !knownLocation) {
            model.addAttribute("slots", List.<Slot>of());
            model.addAttribute("slotDays", Map.of());
            return;
        }
        var zone = slots.zoneOf(form.getLocationId());
        var today = LocalDate.now(clock.withZone(zone));
        var from = date == null || date.isBefore(today) || date.isAfter(today.plusDays(730)) ? today : date;
        model.addAttribute("date", from);
        model.addAttribute("zone", zone.getId());
        model.addAttribute("location", directory.location(form.getLocationId()));
        model.addAttribute("later", from.plusDays(7));
        model.addAttribute("earlier", from.isAfter(today) ? (from.minusDays(7).isBefore(today) ? today
                : from.minusDays(7)) : null);
        model.addAttribute("clinicianNames", directory.clinicians().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id(), c -> c.name())));
        var free = online.freeSlots(form.getTypeId(), LocationId.of(form.getLocationId()), from, from.plusDays(6));
        model.addAttribute("slots", free);
        model.addAttribute("slotDays", SlotDays.of(free));
    }
}
