package org.tpiclinic.demo;

import java.time.Clock;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo practice on first start (in one transaction: all of it or nothing) and prints its logins. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties settings;
    private final DemoPractice demo;
    private final DemoClinic clinic;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDataLoader(DemoProperties settings, DemoPractice demo, DemoClinic clinic, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.demo = demo;
        this.clinic = clinic;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (settings.enabled() && !demo.present() && isEmpty()) {
            clinic.load(settings);
            jdbc.sql("INSERT INTO demo_data (id, loaded_at) VALUES (1, ?)")
                    .param(clock.instant().atOffset(ZoneOffset.UTC)).update();
            demo.loaded();
        }
        if (demo.present()) {
            var lines = new StringBuilder("\n  Demo practice loaded. Sign in at http://localhost:8080/login with:\n");
            demo.logins().forEach(l -> lines.append(String.format("    %-10s %s%n", l.username(), l.description())));
            lines.append("  Password for every demo login: ").append(settings.password());
            log.info(lines.toString());
        }
    }

    private boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM patients").query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM user_accounts").query(Long.class).single() == 0;
    }
}
