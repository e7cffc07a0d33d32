package org.tpiclinic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.tpiclinic.EventDeliveries;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = { "tpi.demo.enabled=true", "tpi.demo.patients=200" })
@AutoConfigureMockMvc
class DemoPracticeTests {

    @Autowired
    DemoProperties settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void loadsTheBluePointPractice() {
        assertThat(count("SELECT COUNT(*) FROM patients")).isEqualTo(200);
        assertThat(count("SELECT COUNT(DISTINCT time_zone) FROM locations")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT DISTINCT role FROM user_accounts").query(String.class).set())
                .containsExactlyInAnyOrder("PATIENT", "FRONT_DESK", "CLINICIAN", "BILLING", "ADMIN");
        assertThat(count("SELECT COUNT(*) FROM user_accounts WHERE role = 'PATIENT' AND patient_id IS NOT NULL"))
                .isEqualTo(3);
    }

    @Test
    void theDemoClinicianHasHoursAtBothLocationsAndUpcomingAppointments() {
        assertThat(count("SELECT COUNT(DISTINCT location_id) FROM weekly_hours")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM clinicians c JOIN user_accounts u ON u.id = c.user_id"
                + " WHERE u.username = 'clinician'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM appointments WHERE status = 'BOOKED'")).isBetween(30L, 40L);
        assertThat(count("SELECT COUNT(DISTINCT location_id) FROM appointments")).isEqualTo(2);
    }

    @Test
    void spreadsAllergiesMedicationsAndConditionsLikeAPainPractice() {
        assertThat(count("SELECT COUNT(DISTINCT allergy_class) FROM allergies")).isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT patient_id) FROM medications "
                + "WHERE drug_class IN ('ANTICOAGULANT', 'ANTIPLATELET')")).isBetween(10L, 60L);
        assertThat(count("SELECT COUNT(*) FROM conditions WHERE kind = 'DIABETES'")).isBetween(10L, 45L);
        assertThat(count("SELECT COUNT(*) FROM patients WHERE email NOT LIKE '%@example.com'")).isZero();
    }

    @Test
    void everyPageSaysDemoDataAndTheSignInPageListsTheLogins() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains("Demo data");
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("frontdesk").contains("clinician").contains("patient1").contains("bluepoint-demo-login");
    }

    @Test
    void recentSignedSessionsBringTheirClaimsAftercarePlansAndOutcomesAndPatient1SeesTheirPlan() throws Exception {
        var sessions = jdbc.sql("SELECT id FROM injection_sessions WHERE status = 'SIGNED'").query(UUID.class).list();
        assertThat(sessions).hasSize(settings.sessions()).hasSizeBetween(6, 10);
        sessions.forEach(id -> EventDeliveries.awaitCompleted(jdbc, id));
        assertThat(count("SELECT COUNT(*) FROM injection_sessions WHERE status = 'SIGNED' AND performed_on < "
                + "CURRENT_DATE AND performed_on >= CURRENT_DATE - 14")).isEqualTo(sessions.size());
        assertThat(count("SELECT COUNT(*) FROM billing_claims c JOIN injection_sessions s ON s.id = c.session_id"))
                .isEqualTo(sessions.size());
        assertThat(count("SELECT COUNT(*) FROM aftercare_plans p JOIN injection_sessions s ON s.id = p.session_id"))
                .isEqualTo(sessions.size());
        assertThat(count("SELECT COUNT(*) FROM outcome_sessions o JOIN injection_sessions s ON s.id = o.session_id"))
                .isEqualTo(sessions.size());
        assertThat(count("SELECT COUNT(*) FROM outcome_sessions o WHERE o.patient_id IN "
                + "(SELECT patient_id FROM injection_sessions) AND o.session_id NOT IN (SELECT id FROM injection_sessions)"))
                .as("no synthetic course for a patient with real sessions").isZero();

        var patient1 = jdbc.sql("SELECT id, patient_id FROM user_accounts WHERE username = 'patient1'")
                .query((rs, n) -> new CurrentUser(rs.getObject(1, UUID.class), "patient1", "Patient One",
                        Role.PATIENT, rs.getObject(2, UUID.class))).single();
        assertThat(count("SELECT COUNT(*) FROM injection_sessions WHERE status = 'SIGNED' AND patient_id = '"
                + patient1.patientId() + "'")).isEqualTo(1);
        String portal = mvc.perform(get("/my/aftercare").with(user(ClinicUser.of(patient1)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(portal).contains("Upper trapezius");
    }

    /** What a demo patient's record says, as stored or as drawn again from the seed. */
    record Seen(String given, String family, LocalDate born, String email, String phone, List<String> allergies) {
    }

    List<Seen> firstFiveStored() {
        return jdbc.sql("""
                SELECT id, given_name, family_name, date_of_birth, email, phone FROM patients ORDER BY mrn LIMIT 5""")
                .query((rs, n) -> new Seen(rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"), rs.getString("phone"),
                        jdbc.sql("SELECT substance FROM allergies WHERE patient_id = ? ORDER BY substance")
                                .param(rs.getObject("id", UUID.class)).query(String.class).list()))
                .list();
    }

    static List<Seen> firstFiveDrawn(long seed) {
        var generator = new DemoPatients(seed, LocalDate.now());
        return IntStream.range(0, 5).mapToObj(i -> generator.draw()).map(d -> new Seen(d.details().givenName(),
                d.details().familyName(), d.details().dateOfBirth(), d.details().email(), d.details().phone(),
                d.allergies().stream().map(DemoPatients.Allergen::substance).sorted().toList())).toList();
    }

    @Test
    void theSameSeedGivesTheSamePatients() {
        var stored = firstFiveStored();

        assertThat(stored).hasSize(5).isEqualTo(firstFiveDrawn(settings.seed()));
        assertThat(stored).isNotEqualTo(firstFiveDrawn(settings.seed() + 1));
    }
}
