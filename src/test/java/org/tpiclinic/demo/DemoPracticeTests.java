package org.tpiclinic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = { "tpi.demo.enabled=true", "tpi.demo.patients=200" })
@AutoConfigureMockMvc
class DemoPracticeTests {

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
    void theSameSeedGivesTheSamePatients() {
        var names = jdbc.sql("SELECT family_name FROM patients ORDER BY mrn LIMIT 5").query(String.class).list();
        var again = new DemoPatients(20261127L, LocalDate.now());
        assertThat(names.get(0)).isEqualTo(again.next().familyName());
    }
}
