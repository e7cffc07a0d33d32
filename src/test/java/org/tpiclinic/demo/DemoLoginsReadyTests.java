package org.tpiclinic.demo;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The demo practice is loaded before the web server starts taking requests, so the demo logins work from the
 * moment {@code /login} answers (they used to fail, and pause the account, for the seconds the demo took).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "tpi.demo.enabled=true", "tpi.demo.patients=5" })
@Import(DemoLoginsReadyTests.WhenTheServerStarts.class)
class DemoLoginsReadyTests {

    @Autowired
    WhenTheServerStarts serverStart;

    @Test
    void theDemoLoginsExistBeforeTheServerTakesRequests() {
        assertThat(serverStart.demoAccounts.get()).isEqualTo(DemoPractice.LOGINS.size());
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoLoginsNeedNoNewPassword() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE username IN "
                + "('frontdesk', 'clinician', 'billing', 'admin') AND must_choose_password = FALSE")
                .query(Long.class).single()).isEqualTo(4);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WhenTheServerStarts {

        final AtomicLong demoAccounts = new AtomicLong(-1);

        @Bean
        ApplicationListener<WebServerInitializedEvent> countDemoAccounts(JdbcClient jdbc) {
            // Published by the web server's own start, the moment it begins to accept connections.
            return started -> demoAccounts.set(jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE username IN "
                    + "('frontdesk', 'clinician', 'billing', 'admin', 'patient1', 'patient2', 'patient3')")
                    .query(Long.class).single());
        }
    }
}
