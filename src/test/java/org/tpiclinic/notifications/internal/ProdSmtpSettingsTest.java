package org.tpiclinic.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockPropertySource;

/** The {@code prod} profile requires STARTTLS unless SMTP_STARTTLS says otherwise. */
class ProdSmtpSettingsTest {

    private static final String ENABLE = "spring.mail.properties.mail.smtp.starttls.enable";
    private static final String REQUIRED = "spring.mail.properties.mail.smtp.starttls.required";

    StandardEnvironment prod(MockPropertySource variables) throws Exception {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(variables);
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application-prod.properties"));
        return environment;
    }

    @Test
    void startTlsIsRequiredByDefault() throws Exception {
        var environment = prod(new MockPropertySource());
        assertThat(environment.getProperty(ENABLE)).isEqualTo("true");
        assertThat(environment.getProperty(REQUIRED)).isEqualTo("true");
    }

    @Test
    void anOperatorCanTurnItOffForALocalRelay() throws Exception {
        var environment = prod(new MockPropertySource().withProperty("SMTP_STARTTLS", "false"));
        assertThat(environment.getProperty(ENABLE)).isEqualTo("false");
        assertThat(environment.getProperty(REQUIRED)).isEqualTo("false");
    }
}
