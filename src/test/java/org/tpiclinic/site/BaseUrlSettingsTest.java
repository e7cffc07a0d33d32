package org.tpiclinic.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockPropertySource;

/** Emailed links start with the address the server runs on, unless a base URL is set. */
class BaseUrlSettingsTest {

    private static final String[] LINKS = { "tpi.online-booking.base-url", "tpi.waitlist.base-url",
            "tpi.intake-link.base-url" };

    StandardEnvironment settings(MockPropertySource given) throws Exception {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(given);
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        return environment;
    }

    @Test
    void linksUseThePortTheServerRunsOn() throws Exception {
        var environment = settings(new MockPropertySource().withProperty("server.port", "18347"));
        for (String link : LINKS) {
            assertThat(environment.getProperty(link)).as(link).isEqualTo("http://localhost:18347");
        }
    }

    @Test
    void linksUseTheBaseUrlWhenOneIsSet() throws Exception {
        var environment = settings(new MockPropertySource().withProperty("server.port", "18347")
                .withProperty("TPI_BASE_URL", "https://book.prairie-pain.example"));
        for (String link : LINKS) {
            assertThat(environment.getProperty(link)).as(link).isEqualTo("https://book.prairie-pain.example");
        }
        assertThat(environment.getProperty("tpi.base-url")).isEqualTo("https://book.prairie-pain.example");
    }

    @Test
    void withoutAPortSettingLinksUseTheDefaultPort() throws Exception {
        assertThat(settings(new MockPropertySource()).getProperty(LINKS[0])).isEqualTo("http://localhost:8080");
    }
}
