package org.tpiclinic.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * Found on a fresh production start: every page showed the demo practice's name, address and phone, so a real
 * practice's patients would have been told to call the demo's number. Production now starts with no practice
 * details until the practice sets its own; the pages leave out what is not set and tell the admin what to set.
 * The empty schedule leads the admin to where locations and clinicians are set up.
 */
@SpringBootTest(properties = { "tpi.practice.name=", "tpi.practice.logo-text=", "tpi.practice.address=",
        "tpi.practice.phone=" })
@AutoConfigureMockMvc
class FreshPracticeTests {

    @Autowired
    MockMvc mvc;

    private static ClinicUser as(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), "Someone", role, null));
    }

    @Test
    void productionCarriesNoDemoPracticeDetails() throws Exception {
        var prod = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }
        for (String key : new String[] { "name", "logo-text", "address", "phone" }) {
            assertThat(prod.getProperty("tpi.practice." + key)).as("tpi.practice." + key + " in production")
                    .isNotNull().doesNotContain("Blue Point").doesNotContain("555");
        }
    }

    @Test
    void anAdminIsToldWhatToSetAndNoPageShowsTheDemoPractice() throws Exception {
        String page = mvc.perform(get("/admin/users").with(user(as(Role.ADMIN)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"practice-unset\"").contains("TPI_PRACTICE_NAME")
                .contains("class=\"navbar-brand\"").contains(">TPI Clinic</a>")
                .doesNotContain("Blue Point").doesNotContain("(631) 555-0142").doesNotContain(" · ");
    }

    @Test
    void otherStaffAndVisitorsSeeNoBanner() throws Exception {
        String desk = mvc.perform(get("/patients").with(user(as(Role.FRONT_DESK)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(desk).doesNotContain("practice-unset").doesNotContain("Blue Point");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("practice-unset").doesNotContain("Blue Point Medical Group");
    }

    @Test
    void theEmptyScheduleLeadsAnAdminToTheSetUpAndTellsOthersWhoDoesIt() throws Exception {
        String admin = mvc.perform(get("/schedule").with(user(as(Role.ADMIN)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(admin).contains("No locations yet").contains("href=\"/admin/locations\"")
                .contains("href=\"/admin/clinicians\"").contains("id=\"set-up-locations\"");
        String desk = mvc.perform(get("/schedule").with(user(as(Role.FRONT_DESK)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(desk).contains("No locations yet").doesNotContain("id=\"set-up-locations\"")
                .doesNotContain("id=\"set-up-clinicians\"");
    }

    @Test
    void theEmptySetUpListsSayWhatToDoFirst() throws Exception {
        String locations = mvc.perform(get("/admin/locations").with(user(as(Role.ADMIN)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(locations).contains("id=\"no-locations\"").contains("No locations yet");
        String clinicians = mvc.perform(get("/admin/clinicians").with(user(as(Role.ADMIN)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(clinicians).contains("id=\"no-clinicians\"").contains("No clinicians yet");
    }

    @Test
    void onlineBookingSaysItIsNotOpenUntilThePracticeHasALocation() throws Exception {
        String book = mvc.perform(get("/book")).andReturn().getResponse().getContentAsString();
        assertThat(book).contains("id=\"booking-closed\"").contains("Online booking is not available right now")
                .doesNotContain("Show free times");
    }
}
