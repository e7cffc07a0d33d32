package org.tpiclinic.booking.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.Appointment;
import org.tpiclinic.scheduling.AppointmentStatus;
import org.tpiclinic.scheduling.Appointments;
import org.tpiclinic.scheduling.CalendarFiles;
import org.tpiclinic.shared.PublicPageLimit;
import org.tpiclinic.booking.OnlineBookings;
import org.tpiclinic.booking.OnlineRequestStatus;
import org.tpiclinic.screening.IntakeLinks;
import org.tpiclinic.shared.NotFoundException;

/**
 * What the confirmation page offers once a request is booked, to whoever holds its link: the appointment as a
 * calendar file, and a fresh link to the intake questionnaire (issued on demand, like the one in the email).
 */
@Controller
class BookedLinksController {

    private static final CurrentUser BOOKING_PAGE = CurrentUser.system("online-booking");

    private final OnlineBookings online;
    private final Appointments appointments;
    private final ObjectProvider<CalendarFiles> calendarFiles;
    private final IntakeLinks intakeLinks;
    private final PublicPageLimit throttle;

    BookedLinksController(OnlineBookings online, Appointments appointments,
            ObjectProvider<CalendarFiles> calendarFiles, IntakeLinks intakeLinks, PublicPageLimit throttle) {
        this.online = online;
        this.appointments = appointments;
        this.calendarFiles = calendarFiles;
        this.intakeLinks = intakeLinks;
        this.throttle = throttle;
    }

    @GetMapping("/book/confirm/{token}/appointment.ics")
    ResponseEntity<byte[]> calendarFile(@PathVariable String token) {
        var appointment = booked(token);
        var files = calendarFiles.getIfAvailable();
        var ics = files == null ? null : files.invitation(appointment.id()).orElse(null);
        if (ics == null) {
            throw new NotFoundException("The calendar file");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("appointment.ics").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/book/confirm/{token}/intake")
    String intake(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!throttle.allow(request.getRemoteAddr())) {
            return OnlineBookingController.tooMany(response);
        }
        var appointment = booked(token);
        var link = appointment.status() == AppointmentStatus.CANCELLED ? java.util.Optional.<IntakeLinks.IntakeLink>empty()
                : intakeLinks.issue(BOOKING_PAGE, appointment.patientId(), appointment.startAt(),
                        "appointment " + appointment.id() + " (confirmation page)");
        if (link.isEmpty()) {
            redirect.addFlashAttribute("intakeDone", true);
            return "redirect:/book/confirm/" + token;
        }
        String url = link.get().url();
        return "redirect:" + url.substring(url.indexOf("/intake/"));
    }

    /** The appointment the link's request booked; 404 while it is not booked (410 for an expired link). */
    private Appointment booked(String token) {
        var request = online.byToken(token);
        if (request.status() != OnlineRequestStatus.BOOKED || request.appointmentId() == null) {
            throw new NotFoundException("The appointment");
        }
        return appointments.findById(request.appointmentId())
                .orElseThrow(() -> new NotFoundException("The appointment"));
    }
}
