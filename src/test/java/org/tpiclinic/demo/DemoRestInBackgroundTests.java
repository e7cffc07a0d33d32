package org.tpiclinic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code tpi.demo.rest-in-background} (the embedded default) only the demo logins load before the server
 * takes requests; the rest of the practice follows in the background, so the first sign-in does not wait for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "tpi.demo.enabled=true", "tpi.demo.patients=30", "tpi.demo.rest-in-background=true" })
@Import(DemoRestInBackgroundTests.WhenTheServerStarts.class)
class DemoRestInBackgroundTests {

    @Autowired
    WhenTheServerStarts serverStart;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    DemoPractice demo;
    @Autowired
    JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theLoginsAreReadyWhenTheServerStartsAndTheRestOfThePracticeFollows() throws InterruptedException {
        assertThat(serverStart.demoAccounts.get()).isEqualTo(DemoPractice.LOGINS.size());
        assertThat(serverStart.patients.get()).isEqualTo(DemoClinic.PORTAL_PATIENTS);
        assertThat(demo.present()).isTrue();

        assertThat(loader.awaitRest(Duration.ofMinutes(2))).isTrue();
        assertThat(loader.restPending()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM patients")).isEqualTo(30);
        assertThat(count("SELECT COUNT(DISTINCT name_key) FROM patients")).isGreaterThan(25);
        assertThat(count("SELECT COUNT(*) FROM appointments WHERE status = 'BOOKED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM user_accounts WHERE role = 'PATIENT' AND patient_id IS NOT NULL"))
                .isEqualTo(3);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WhenTheServerStarts {

        final AtomicLong demoAccounts = new AtomicLong(-1);
        final AtomicLong patients = new AtomicLong(-1);

        @Bean
        ApplicationListener<WebServerInitializedEvent> countDemoRows(JdbcClient jdbc) {
            return started -> {
                demoAccounts.set(jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE username IN "
                        + "('frontdesk', 'clinician', 'billing', 'admin', 'patient1', 'patient2', 'patient3')")
                        .query(Long.class).single());
                patients.set(jdbc.sql("SELECT COUNT(*) FROM patients").query(Long.class).single());
            };
        }
    }
}
