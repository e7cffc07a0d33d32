package org.tpiclinic.demo;

import java.time.Clock;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo practice on first start (in one transaction: all of it or nothing) and prints its logins. It
 * loads as a lifecycle step that runs before the web server starts ({@link #getPhase()}), so from the moment
 * {@code /login} answers the demo logins work: no failed sign-ins while the demo is still loading.
 */
@Component
class DemoDataLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Before the embedded web server, which starts in phase {@code DEFAULT_PHASE - 2048}. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final DemoProperties settings;
    private final DemoPractice demo;
    private final DemoClinic clinic;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    DemoDataLoader(DemoProperties settings, DemoPractice demo, DemoClinic clinic, JdbcClient jdbc, Clock clock,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.demo = demo;
        this.clinic = clinic;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        if (settings.enabled() && !demo.present()) {
            transaction.executeWithoutResult(status -> {
                if (isEmpty()) {
                    clinic.load(settings);
                    jdbc.sql("INSERT INTO demo_data (id, loaded_at) VALUES (1, ?)")
                            .param(clock.instant().atOffset(ZoneOffset.UTC)).update();
                }
            });
            if (jdbc.sql("SELECT COUNT(*) FROM demo_data").query(Long.class).single() > 0) {
                demo.loaded();
            }
        }
        running = true;
    }

    /** Once the server runs, the logins with the address it really answers on (or {@code tpi.base-url}). */
    @EventListener(ApplicationReadyEvent.class)
    void printLogins(ApplicationReadyEvent ready) {
        if (!demo.present()) {
            return;
        }
        var lines = new StringBuilder("\n  Demo practice loaded. Sign in at ")
                .append(baseUrl(ready.getApplicationContext().getEnvironment())).append("/login with:\n");
        demo.logins().forEach(l -> lines.append(String.format("    %-10s %s%n", l.username(), l.description())));
        lines.append("  Password for every demo login: ").append(settings.password());
        log.info(lines.toString());
    }

    static String baseUrl(Environment environment) {
        String configured = environment.getProperty("tpi.base-url", "").trim();
        if (!configured.isEmpty()) {
            return configured.replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM patients").query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM user_accounts").query(Long.class).single() == 0;
    }
}
