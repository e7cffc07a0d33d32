package org.tpiclinic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

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
