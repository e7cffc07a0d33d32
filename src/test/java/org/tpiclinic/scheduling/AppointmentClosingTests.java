package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tpiclinic.scheduling.SchedulingFixture.DESK;
import static org.tpiclinic.scheduling.SchedulingFixture.NEW_PATIENT;
import static org.tpiclinic.scheduling.SchedulingFixture.key;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.shared.ConflictException;

/**
 * Completed and no-show: refused before the start, asked about first, undoable, and they withdraw the reminders
 * still waiting in the outbox.
 */
@SpringBootTest(properties = "tpi.notifications.scheduled=false")
@AutoConfigureMockMvc
@Import(SchedulingFixture.class)
class AppointmentClosingTests {

    static final ClinicUser STAFF = ClinicUser.of(DESK);

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    AppointmentDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    /** Each appointment with its own clinician, so that moving several to "now" overlaps nobody. */
    Appointment book(int days) {
        var practice = fixture.practice();
        var patient = fixture.patient("Closing" + UUID.randomUUID().toString().substring(0, 8),
                "closing-" + UUID.randomUUID() + "@example.com");
        return bookings.book(DESK, new BookingRequest(patient, practice.clinicianId(), practice.locationId(),
                NEW_PATIENT, fixture.at(days, LocalTime.of(10, 0)), key()));
    }

    /** Moves a booked appointment to have started ten minutes ago (its reminders stay as queued). */
    Appointment started(Appointment a) {
        var start = clock.instant().minus(Duration.ofMinutes(10));
        jdbc.sql("UPDATE appointments SET start_at = ?, end_at = ?, blocked_until = ? WHERE id = ?")
                .params(start.atOffset(ZoneOffset.UTC), start.plus(Duration.ofMinutes(30)).atOffset(ZoneOffset.UTC),
                        start.plus(Duration.ofMinutes(30)).atOffset(ZoneOffset.UTC), a.id())
                .update();
        return a;
    }

    String status(Appointment a) {
        return jdbc.sql("SELECT status FROM appointments WHERE id = ?").param(a.id()).query(String.class).single();
    }

    List<String> reminderStatuses(Appointment a) {
        return jdbc.sql("SELECT status FROM outbox_messages WHERE dedupe_key LIKE ?")
                .param("appt:" + a.id() + ":reminder:%").query(String.class).list();
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(STAFF))).andReturn().getResponse();
    }

    @Test
    void completedAndNoShowAreRefusedBeforeTheAppointmentStarts() throws Exception {
        var a = book(3);
        assertThatThrownBy(() -> desk.complete(DESK, a.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not started yet");
        assertThatThrownBy(() -> desk.markNoShow(DESK, a.id())).isInstanceOf(ConflictException.class);
        var refused = perform(post("/schedule/appointments/" + a.id() + "/no-show").with(csrf())
                .param("confirmed", "true"));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("not started yet");
        assertThat(status(a)).isEqualTo("BOOKED");
        assertThat(perform(get("/schedule/appointments/" + a.id())).getContentAsString())
                .doesNotContain("Mark completed").doesNotContain("Mark no-show")
                .contains("once the appointment has started");
    }

    @Test
    void markingCompletedAsksFirstAndChangesNothingUntilConfirmed() throws Exception {
        var a = started(book(1));
        var page = perform(get("/schedule/appointments/" + a.id())).getContentAsString();
        assertThat(page).contains("Mark completed").contains("Mark no-show");

        var question = perform(post("/schedule/appointments/" + a.id() + "/complete").with(csrf()));
        assertThat(question.getStatus()).isEqualTo(200);
        assertThat(question.getContentAsString()).contains("appointment on").contains("completed?")
                .contains("name=\"confirmed\" value=\"true\"").contains("Yes, mark completed");
        assertThat(status(a)).isEqualTo("BOOKED");

        var done = perform(post("/schedule/appointments/" + a.id() + "/complete").with(csrf())
                .param("confirmed", "true"));
        assertThat(done.getRedirectedUrl()).isEqualTo("/schedule/appointments/" + a.id());
        assertThat(status(a)).isEqualTo("COMPLETED");
    }

    @Test
    void completedAndNoShowWithdrawTheRemindersStillWaiting() {
        var completed = started(book(4));
        var noShow = started(book(5));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(reminderStatuses(completed)).isNotEmpty().containsOnly("PENDING");
            assertThat(reminderStatuses(noShow)).isNotEmpty().containsOnly("PENDING");
        });
        desk.complete(DESK, completed.id());
        desk.markNoShow(DESK, noShow.id());
        assertThat(reminderStatuses(completed)).containsOnly("WITHDRAWN");
        assertThat(reminderStatuses(noShow)).containsOnly("WITHDRAWN");
    }

    @Test
    void aMistakenCompletedOrNoShowCanBeUndoneBackToWhereItWas() throws Exception {
        var checkedIn = started(book(6));
        desk.checkIn(DESK, checkedIn.id());
        desk.complete(DESK, checkedIn.id());
        var page = perform(get("/schedule/appointments/" + checkedIn.id())).getContentAsString();
        assertThat(page).contains("Undo completed");
        assertThat(perform(post("/schedule/appointments/" + checkedIn.id() + "/reopen").with(csrf()))
                .getRedirectedUrl()).isEqualTo("/schedule/appointments/" + checkedIn.id());
        assertThat(status(checkedIn)).isEqualTo("CHECKED_IN");

        var noShow = started(book(7));
        desk.markNoShow(DESK, noShow.id());
        desk.reopen(DESK, noShow.id());
        assertThat(status(noShow)).isEqualTo("BOOKED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target LIKE ?")
                .param("appointment " + noShow.id() + " reopened%").query(Long.class).single()).isEqualTo(1);

        var again = perform(post("/schedule/appointments/" + noShow.id() + "/reopen").with(csrf()));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(status(noShow)).isEqualTo("BOOKED");
    }
}
