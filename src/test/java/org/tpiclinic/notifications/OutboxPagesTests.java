package org.tpiclinic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

@SpringBootTest
@AutoConfigureMockMvc
class OutboxPagesTests {

    static final ClinicUser ADMIN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "admin", "Admin", Role.ADMIN,
            null));
    static final ClinicUser FRONT_DESK = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "desk", "Desk",
            Role.FRONT_DESK, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    AppointmentNotices notices;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void adminsSeeKeptMessagesTheirTextAndInvitation() throws Exception {
        var facts = AppointmentNoticesTests.facts(UUID.randomUUID(), 0, "2031-03-03T08:15");
        transactions.executeWithoutResult(s -> notices.booked(facts));
        dispatcher.dispatchDue();
        OutboxEntry kept = outbox.findByDedupeKey("appt:" + facts.appointmentId() + ":confirm:0").orElseThrow();
        assertThat(kept.status()).isEqualTo(OutboxStatus.KEPT);

        var list = mvc.perform(get("/admin/outbox").with(user(ADMIN))).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("ben@example.com", "Monday, March 3, 2031 at 8:15 AM MST",
                "KEPT", "No email server is set up", "/admin/outbox/" + kept.id());

        var page = mvc.perform(get("/admin/outbox/{id}", kept.id()).with(user(ADMIN))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Hello Ben Ortiz", "9 Desert Way", "invitation.ics");

        var ics = mvc.perform(get("/admin/outbox/{id}/invitation.ics", kept.id()).with(user(ADMIN)))
                .andReturn().getResponse();
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getHeader("Content-Disposition")).contains("attachment", "appointment.ics");
        assertThat(ics.getContentAsString()).contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE");
    }

    @Test
    void frontDeskMayNotOpenTheOutbox() throws Exception {
        assertThat(mvc.perform(get("/admin/outbox").with(user(FRONT_DESK))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anUnknownMessageIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/outbox/{id}", UUID.randomUUID()).with(user(ADMIN))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/outbox/not-an-id").with(user(ADMIN))).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
    }
}
