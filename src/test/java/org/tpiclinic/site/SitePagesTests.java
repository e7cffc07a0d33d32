package org.tpiclinic.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = { "tpi.practice.name=Harbor Test Practice", "tpi.practice.phone=(555) 010-0199" })
@AutoConfigureMockMvc
class SitePagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theHomePageShowsThePracticeFromSettings() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Harbor Test Practice").contains("(555) 010-0199").contains("<h1")
                .contains("id=\"faq\"");
    }

    @Test
    void everyLinkOnTheHomePageLeadsSomewhere() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        var links = Pattern.compile("href=\"(/[^\"#]*)\"").matcher(html);
        int checked = 0;
        while (links.find()) {
            int status = mvc.perform(get(links.group(1))).andReturn().getResponse().getStatus();
            assertThat(status).as(links.group(1)).isIn(200, 302);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void everyStyleSheetScriptAndImageOfThePageIsServed() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        var assets = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js|images)/[^\"]+)\"").matcher(html);
        int checked = 0;
        while (assets.find()) {
            var response = mvc.perform(get(assets.group(1))).andReturn().getResponse();
            assertThat(response.getStatus()).as(assets.group(1)).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(assets.group(1)).isNotEmpty();
            checked++;
        }
        assertThat(checked).as("bootstrap css and js, htmx, app.css, app.js, favicon").isGreaterThanOrEqualTo(6);
    }

    @Test
    void bothCallsToActionLinkToOnlineBooking() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        var ctas = Pattern.compile("<a [^>]*href=\"/book\"[^>]*>Book a consultation</a>").matcher(html);
        int found = 0;
        while (ctas.find()) {
            found++;
        }
        assertThat(found).isEqualTo(2);
        assertThat(mvc.perform(get("/book")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anAnonymousVisitorOfAnUnknownPageIsAskedToSignInFirst() throws Exception {
        // Signed in, the same address is the site's own 404 page: ErrorPagesTests (a real server renders it).
        var response = mvc.perform(get("/no-such-page").accept("text/html")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void noDemoBannerWithoutDemoData() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).doesNotContain("Demo data");
    }
}
