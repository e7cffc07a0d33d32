package org.tpiclinic.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
 * Loads the demo practice on first start and prints its logins. The logins (staff users, the clinician's hours,
 * the portal patients) load as a lifecycle step that runs before the web server starts ({@link #getPhase()}), so
 * from the moment {@code /login} answers the demo logins work: no failed sign-ins while the demo is still loading.
 *
 * <p>With {@code tpi.demo.rest-in-background=true} (the embedded default's setting) the rest of the practice (the
 * other patients, appointments and outcomes) loads in a background thread once the application is ready, in its
 * own transaction: pages fill in when it commits. {@code demo_data.rest_pending} marks it until then, so a start
 * after a crash finishes it. Otherwise (tests) everything loads in one transaction before the server starts.
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
    private final boolean restInBackground;
    private volatile boolean running;
    private volatile @Nullable Thread restLoader;

    DemoDataLoader(DemoProperties settings, DemoPractice demo, DemoClinic clinic, JdbcClient jdbc, Clock clock,
            PlatformTransactionManager transactions, Environment environment) {
        this.restInBackground = environment.getProperty("tpi.demo.rest-in-background", Boolean.class, false);
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
                    var start = clinic.loadLogins(settings);
                    if (!restInBackground) {
                        clinic.loadRest(settings, start);
                    }
                    jdbc.sql("INSERT INTO demo_data (id, loaded_at, rest_pending) VALUES (1, ?, ?)")
                            .params(clock.instant().atOffset(ZoneOffset.UTC), restInBackground).update();
                }
            });
            if (jdbc.sql("SELECT COUNT(*) FROM demo_data").query(Long.class).single() > 0) {
                demo.loaded();
            }
        }
        running = true;
    }

    /**
     * Once the server runs: the logins with the address it really answers on (or {@code tpi.base-url}), and the
     * rest of the practice if it is still to load.
     */
    @EventListener(ApplicationReadyEvent.class)
    void printLogins(ApplicationReadyEvent ready) {
        if (!demo.present()) {
            return;
        }
        if (settings.enabled() && restPending()) {
            var loader = new Thread(this::loadRest, "demo-practice-loader");
            loader.setDaemon(true);
            restLoader = loader;
            loader.start();
            log.info("Demo practice: the logins are ready; the rest of the practice is loading in the background");
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

    /** Whether the rest of the demo practice has still to commit (see {@link DemoClinic#loadRest}). */
    boolean restPending() {
        return jdbc.sql("SELECT COUNT(*) FROM demo_data WHERE rest_pending").query(Long.class).single() > 0;
    }

    /**
     * The rest of the practice in one transaction, on the practice's first patients and clinician, if it is still
     * pending (so a second call, or a start after it committed, does nothing).
     */
    void loadRest() {
        long started = System.nanoTime();
        try {
            transaction.executeWithoutResult(status -> {
                if (restPending()) {
                    clinic.loadRest(settings, new DemoClinic.Start(demoClinician(), user("frontdesk"), user("clinician"),
                            portalPatients()));
                    jdbc.sql("UPDATE demo_data SET rest_pending = FALSE").update();
                }
            });
            log.info("Demo practice: the rest of its patients, appointments and outcomes loaded in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Nothing of it committed; the next start tries again.
            log.warn("Demo practice: loading the rest failed ({}); the next start tries again", e.toString());
        } finally {
            restLoader = null;
        }
    }

    private UUID demoClinician() {
        return jdbc.sql("SELECT c.id FROM clinicians c JOIN user_accounts u ON u.id = c.user_id"
                + " WHERE u.username = 'clinician'").query(UUID.class).single();
    }

    private UUID user(String username) {
        return jdbc.sql("SELECT id FROM user_accounts WHERE username = ?").param(username).query(UUID.class).single();
    }

    private List<UUID> portalPatients() {
        return jdbc.sql("SELECT patient_id FROM user_accounts WHERE role = 'PATIENT' AND username LIKE 'patient%'"
                + " ORDER BY username").query(UUID.class).list();
    }

    /** Waits up to {@code timeout} for a background load of the rest to end; true when none runs any more. */
    boolean awaitRest(Duration timeout) throws InterruptedException {
        var loader = restLoader;
        if (loader != null) {
            loader.join(timeout.toMillis());
            return !loader.isAlive();
        }
        return true;
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
