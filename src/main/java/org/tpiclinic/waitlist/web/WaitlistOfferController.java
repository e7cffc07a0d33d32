package org.tpiclinic.waitlist.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.shared.PublicPageLimit;
import org.tpiclinic.waitlist.OfferTakenException;
import org.tpiclinic.waitlist.WaitlistOffer;
import org.tpiclinic.waitlist.WaitlistOfferDesk;
import org.tpiclinic.shared.NotFoundException;

/**
 * The public page an offer email links to: the offered time in the location's local time with its zone, and a
 * Confirm button. No sign-in: the unguessable link is the credential, and confirmations count towards the
 * per-address limit of the public booking pages.
 */
@Controller
class WaitlistOfferController {

    private static final LinkExpiredException.NextStep GONE =
            new LinkExpiredException.NextStep("link.gone.waitlist", null, null);

    private final WaitlistOfferDesk desk;
    private final SchedulingDirectory directory;
    private final PublicPageLimit throttle;

    WaitlistOfferController(WaitlistOfferDesk desk, SchedulingDirectory directory, PublicPageLimit throttle) {
        this.desk = desk;
        this.directory = directory;
        this.throttle = throttle;
    }

    @GetMapping("/waitlist/offers/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            return show(desk.byToken(token), token, model, response);
        } catch (NotFoundException | LinkExpiredException gone) {
            return gone(gone, model, response);
        }
    }

    @PostMapping("/waitlist/offers/{token}")
    String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!throttle.allow(request.getRemoteAddr())) {
            response.setStatus(429);
            return PublicPageLimit.PAGE;
        }
        try {
            desk.confirm(token);
            return "redirect:/waitlist/offers/" + token;
        } catch (NotFoundException | LinkExpiredException gone) {
            return gone(gone, model, response);
        } catch (OfferTakenException taken) {
            return page(token, model, response); // now shows the offer as taken, with 409
        }
    }

    private String show(WaitlistOffer offer, String token, Model model, HttpServletResponse response) {
        var location = directory.location(offer.locationId());
        var type = directory.type(offer.typeId());
        var slot = new Slot(offer.clinicianId(), offer.locationId(), offer.typeId(), offer.startAt(),
                offer.startAt().plus(type.duration()), location.zone());
        model.addAttribute("offer", offer);
        model.addAttribute("token", token);
        model.addAttribute("when", slot.label());
        model.addAttribute("zone", location.zone().getId());
        model.addAttribute("what", type.name());
        model.addAttribute("who", directory.clinician(offer.clinicianId()).name());
        model.addAttribute("where", location.name() + ", " + location.address());
        if (offer.status() == WaitlistOffer.Status.TAKEN || offer.status() == WaitlistOffer.Status.CLOSED) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("taken", new OfferTakenException().getMessage());
        }
        return "waitlist/offer";
    }

    private static String gone(RuntimeException why, Model model, HttpServletResponse response) {
        return LinkExpiredException.page(why, GONE, model, response);
    }
}
