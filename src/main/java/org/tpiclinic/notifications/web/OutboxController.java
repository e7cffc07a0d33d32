package org.tpiclinic.notifications.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.notifications.Outbox;
import org.tpiclinic.notifications.OutboxEntry;
import org.tpiclinic.notifications.OutboxStatus;
import org.tpiclinic.shared.NotFoundException;

/**
 * Admin: the email outbox, where kept messages (no SMTP server) can be read and their invitations downloaded.
 * Messages hold patients' names, times and personal links: every list, read and download is audited.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final AuditLog audit;

    OutboxController(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, AuditLog audit) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @AuthenticationPrincipal ClinicUser me, Model model) {
        int safePage = Math.max(page, 0);
        audit.record(me.current(), null, AuditAction.QUERY, "outbox page " + (safePage + 1));
        long total = outbox.count();
        model.addAttribute("messages", outbox.recent(safePage * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("keeping", mailSender.getIfAvailable() == null);
        model.addAttribute("prevPage", safePage > 0 ? safePage - 1 : null);
        model.addAttribute("nextPage", (safePage + 1L) * PAGE_SIZE < total ? safePage + 1 : null);
        return "notifications/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me, Model model) {
        var message = find(id);
        audit.record(me.current(), null, AuditAction.READ, "outbox message " + id);
        model.addAttribute("message", message);
        // A kept message is never delivered: its links are how the clinic acts on it. Once it goes to the
        // patient by email, its links are the patient's alone.
        model.addAttribute("body", message.status() == OutboxStatus.KEPT ? message.textBody()
                : hideLinks(message.textBody()));
        return "notifications/message";
    }

    private static final Pattern SECRET_LINK =
            Pattern.compile("(/(?:intake|waitlist/offers|book/confirm)/)[A-Za-z0-9_-]+");

    /** The message text with the secret part of every personal link (intake, waitlist offer, booking) hidden. */
    static String hideLinks(String text) {
        return SECRET_LINK.matcher(text).replaceAll("$1(hidden: sent to the patient only)");
    }

    @GetMapping("/{id}/invitation.ics")
    ResponseEntity<byte[]> invitation(@PathVariable UUID id, @AuthenticationPrincipal ClinicUser me) {
        OutboxEntry message = find(id);
        if (!message.hasIcs()) {
            throw new NotFoundException("An invitation for this message");
        }
        audit.record(me.current(), null, AuditAction.EXPORT, "outbox invitation " + id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("appointment.ics").build().toString())
                .body(message.ics().getBytes(StandardCharsets.UTF_8));
    }

    private OutboxEntry find(UUID id) {
        return outbox.find(id).orElseThrow(() -> new NotFoundException("The message"));
    }
}
