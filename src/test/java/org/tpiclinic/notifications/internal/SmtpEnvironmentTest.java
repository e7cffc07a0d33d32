package org.tpiclinic.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SmtpEnvironmentTest {

    @Test
    void mapsTheSmtpSettingsWhenAHostIsSet() {
        var environment = new MockEnvironment().withProperty("SMTP_HOST", "smtp.example.com")
                .withProperty("SMTP_PORT", "2525").withProperty("SMTP_USERNAME", "clinic")
                .withProperty("SMTP_PASSWORD", "secret").withProperty("SMTP_FROM", "desk@clinic.example")
                .withProperty("management.health.mail.enabled", "false");
        new SmtpEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example.com");
        assertThat(environment.getProperty("spring.mail.port")).isEqualTo("2525");
        assertThat(environment.getProperty("spring.mail.username")).isEqualTo("clinic");
        assertThat(environment.getProperty("spring.mail.password")).isEqualTo("secret");
        assertThat(environment.getProperty("tpi.notifications.from")).isEqualTo("desk@clinic.example");
        assertThat(environment.getProperty("management.health.mail.enabled")).isEqualTo("true");
    }

    @Test
    void leavesMailOffWithoutAHost() {
        var environment = new MockEnvironment().withProperty("SMTP_HOST", " ").withProperty("SMTP_PORT", "25");
        new SmtpEnvironment().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.mail.host")).isNull();
        assertThat(environment.getPropertySources().contains(SmtpEnvironment.SOURCE_NAME)).isFalse();
    }
}
