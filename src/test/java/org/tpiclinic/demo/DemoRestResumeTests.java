package org.tpiclinic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A start that stopped after the demo logins committed (a crash while the rest loaded in the background) leaves
 * {@code rest_pending}; the next load of the rest brings exactly the practice a load in one go makes: the same
 * patients from the seed, none twice, and nothing more when it runs again.
 */
@SpringBootTest(properties = "tpi.demo.patients=12")
class DemoRestResumeTests {

    @Autowired
    DemoClinic clinic;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    DemoProperties settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void theRestLoadsAfterACrashWithTheSamePatientsAsInOneGoAndOnlyOnce() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            clinic.loadLogins(settings);
            jdbc.sql("INSERT INTO demo_data (id, loaded_at, rest_pending) VALUES (1, ?, TRUE)")
                    .param(clock.instant().atOffset(ZoneOffset.UTC)).update();
        });
        assertThat(count("SELECT COUNT(*) FROM patients")).isEqualTo(DemoClinic.PORTAL_PATIENTS);
        assertThat(loader.restPending()).isTrue();

        loader.loadRest();
        loader.loadRest();

        assertThat(loader.restPending()).isFalse();
        var generator = new DemoPatients(settings.seed(), LocalDate.now(clock));
        var expected = new HashSet<String>();
        IntStream.range(0, 12).forEach(i -> {
            var d = generator.draw().details();
            expected.add(d.givenName() + " " + d.familyName() + " " + d.dateOfBirth());
        });
        var loaded = jdbc.sql("SELECT given_name || ' ' || family_name || ' ' || date_of_birth FROM patients")
                .query(String.class).list();
        assertThat(loaded).hasSize(12).doesNotHaveDuplicates();
        assertThat(new HashSet<>(loaded)).isEqualTo(expected);
        assertThat(count("SELECT COUNT(*) FROM appointments WHERE status = 'BOOKED'")).isPositive();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
