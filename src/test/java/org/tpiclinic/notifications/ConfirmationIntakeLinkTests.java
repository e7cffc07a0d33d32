package org.tpiclinic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tpiclinic.screening.Answer.NO;
import static org.tpiclinic.screening.Answer.NOT_ANSWERED;
import static org.tpiclinic.screening.Answer.YES;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.scheduling.AppointmentDesk;
import org.tpiclinic.scheduling.Availability;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.Clinician;
import org.tpiclinic.scheduling.Clinicians;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.Locations;
import org.tpiclinic.screening.intake.CareAnswers;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.intake.VisitAnswers;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.Kilograms;

/**
 * A booking's confirmation email invites a patient whose intake is not complete to fill it through a link that
 * works without a login and opens their questionnaire; a patient with a complete intake gets no link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfirmationIntakeLinkTests {

    static final UUID NEW_PATIENT = UUID.fromString("6f1d3c3e-0001-4c5e-9a61-3a1f00000001");
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null);
    static final Pattern LINK = Pattern.compile("http://localhost:8080(/intake/[A-Za-z0-9_-]{43})\\n");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Locations locations;
    @Autowired
    Clinicians clinicians;
    @Autowired
    Availability availability;
    @Autowired
    Bookings bookings;
    @Autowired
    PatientRegistry patients;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    Clock clock;
    @Autowired
    AppointmentDesk desk;

    UUID lastAppointment;

    @Test
    void theConfirmationCarriesALinkThatOpensThePatientsIntakeWithoutSignIn() throws Exception {
        var patient = patient("Emailed");
        String text = confirmationOf(patient, 3);
        assertThat(text).contains("please answer our health questionnaire");
        var link = LINK.matcher(text);
        assertThat(link.find()).as("an intake link in:\n%s", text).isTrue();
        assertThat(text.indexOf("questionnaire")).as("the invitation comes before the signature")
                .isLessThan(text.lastIndexOf("Test "));

        var page = mvc.perform(get(link.group(1))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Intake: Emailed, Pat");
    }

    @Test
    void cancellingTheAppointmentEndsItsLink() throws Exception {
        var patient = patient("Cancelled");
        var link = LINK.matcher(confirmationOf(patient, 5));
        assertThat(link.find()).isTrue();
        assertThat(mvc.perform(get(link.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);

        desk.cancel(DESK, AppointmentId.of(lastAppointment), "Booked by mistake");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get(link.group(1))).andReturn()
                .getResponse().getStatus() == 410);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND target = ?")
                .params(patient, "intake link for appointment " + lastAppointment + " ended").query(Long.class)
                .single()).isOne();
    }

    @Test
    void aPatientWhoseIntakeIsCompleteGetsNoLink() {
        var patient = patient("Complete");
        intake.saveVisit(DESK, patient, new VisitAnswers("Neck pain", null, null, null, null));
        intake.saveCare(DESK, patient, new CareAnswers(YES, NO, NO, NO, 6, NO, null, null, NOT_ANSWERED));
        intake.saveSafety(DESK, patient, new SafetyAnswers(YES, NO, null, NO, NO, NO, NO, NO,
                NO, NO, NO, YES, null, null), List.of(), List.of());
        String text = confirmationOf(patient, 4);
        assertThat(text).doesNotContain("/intake/").doesNotContain("questionnaire").doesNotContain("{7}");
    }

    private String confirmationOf(UUID patient, int daysAhead) {
        var location = locations.save(Location.open("Test " + UUID.randomUUID(), "1 Main St", "(631) 555-0100", ZONE));
        var clinician = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. Test", Set.of(NEW_PATIENT)));
        for (var day : DayOfWeek.values()) {
            availability.addHours(ClinicianId.of(clinician.id()), LocationId.of(location.id()), day, LocalTime.of(8, 0), LocalTime.of(18, 0));
        }
        var start = LocalDate.now(clock.withZone(ZONE)).plusDays(daysAhead).atTime(10, 0).atZone(ZONE).toInstant();
        var appointment = bookings.book(DESK, new BookingRequest(patient, clinician.id(), location.id(), NEW_PATIENT,
                start, UUID.randomUUID().toString()));
        lastAppointment = appointment.id();
        String key = "appt:" + appointment.id() + ":confirm:0";
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM outbox_messages WHERE dedupe_key = ?").param(key).query(Long.class).single() == 1);
        return jdbc.sql("SELECT text_body FROM outbox_messages WHERE dedupe_key = ?").param(key).query(String.class)
                .single();
    }

    private UUID patient(String family) {
        var details = new PatientDetails("Pat", family, null, LocalDate.of(1980, 1, 1), Sex.FEMALE, null,
                family.toLowerCase() + "@example.com", null, null, null, null, "English", Kilograms.of("70"),
                LocalDate.now(clock).minusDays(3));
        return patients.register(CurrentUser.system("test"), details, true).registered().id();
    }
}
