package org.tpiclinic.outcomes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tpiclinic.TpiClinicApplication;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * /outcomes over {@value #PATIENTS} patients and about a million scores on PostgreSQL, and a patient's chart. Seeds
 * the database named by {@code TPI_BENCH_POSTGRES_URL} once (patients by batched SQL, courses from
 * {@link Trajectories}, loaded by {@link OutcomeLoader}, results by {@link OutcomeLoader#recomputeAll()}), keeps
 * it when it already holds the data, then times whole pages through the MVC stack (security, controller,
 * queries, Thymeleaf): 10 runs each after 3 to warm up. Not part of the build: run with
 * {@code scripts/bench-outcomes.sh} (see docs/benchmarks.md); {@code TPI_BENCH_ONLY=seed} only seeds,
 * {@code TPI_BENCH_ONLY=chart} times only the patient's chart.
 */
@EnabledIfEnvironmentVariable(named = "TPI_BENCH_POSTGRES_URL", matches = ".+")
class OutcomesBenchmark {

    static final int PATIENTS = 100_000;
    static final int CHUNK = 5_000;

    @Test
    void measure() throws Exception {
        var context = new SpringApplicationBuilder(TpiClinicApplication.class).profiles("test").run(
                "--server.port=0", "--tpi.demo.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--spring.flyway.out-of-order=true",
                "--spring.datasource.url=" + System.getenv("TPI_BENCH_POSTGRES_URL"),
                "--spring.datasource.username=" + env("TPI_BENCH_POSTGRES_USER", "tpi"),
                "--spring.datasource.password=" + env("TPI_BENCH_POSTGRES_PASSWORD", "tpi"));
        try {
            var jdbc = context.getBean(JdbcTemplate.class);
            Long patients = jdbc.queryForObject("SELECT COUNT(DISTINCT patient_id) FROM outcome_responses", Long.class);
            if (patients == null || patients < PATIENTS) {
                seed(jdbc, context.getBean(OutcomeLoader.class));
            }
            System.out.printf("data: %d patients with scores, %d scores, %d sessions%n",
                    jdbc.queryForObject("SELECT COUNT(DISTINCT patient_id) FROM outcome_responses", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM outcome_responses", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM outcome_sessions", Long.class));
            if ("seed".equals(System.getenv("TPI_BENCH_ONLY"))) {
                return;
            }
            var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                    .build();
            var clinician = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "bench-clinician", "Bench", Role.CLINICIAN,
                    null));
            if (!"chart".equals(System.getenv("TPI_BENCH_ONLY"))) {
                time(mvc, "GET /outcomes (no filter)", () -> get("/outcomes"), clinician);
                time(mvc, "GET /outcomes?region=NECK", () -> get("/outcomes").param("region", "NECK"), clinician);
                time(mvc, "GET /outcomes?technique=DRY_NEEDLING&from=2026-03-01",
                        () -> get("/outcomes").param("technique", "DRY_NEEDLING").param("from", "2026-03-01"),
                        clinician);
                time(mvc, "GET /outcomes.csv", () -> get("/outcomes.csv"), clinician);
            }
            var ids = jdbc.queryForList("SELECT patient_id FROM outcome_sessions WHERE session_number = 3 LIMIT 200",
                    UUID.class);
            var random = new Random(7);
            time(mvc, "GET /patients/{id}/outcomes (3 sessions)",
                    () -> get("/patients/" + ids.get(random.nextInt(ids.size())) + "/outcomes"), clinician);
            time(mvc, "GET /patients/{id}/outcomes/summary",
                    () -> get("/patients/" + ids.get(random.nextInt(ids.size())) + "/outcomes/summary"), clinician);
        } finally {
            context.close();
        }
    }

    interface Request {
        MockHttpServletRequestBuilder next();
    }

    static void time(MockMvc mvc, String what, Request request, ClinicUser who) throws Exception {
        for (int i = 0; i < 3; i++) {
            check(mvc.perform(request.next().with(user(who))).andReturn().getResponse().getStatus(), what);
        }
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long started = System.nanoTime();
            check(mvc.perform(request.next().with(user(who))).andReturn().getResponse().getStatus(), what);
            ms[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-55s median %5d ms  min %5d  max %5d  (10 runs)%n", what, (ms[4] + ms[5]) / 2, ms[0],
                ms[9]);
    }

    private static void check(int status, String what) {
        if (status != 200) {
            throw new IllegalStateException(what + " answered " + status);
        }
    }

    static void seed(JdbcTemplate jdbc, OutcomeLoader loader) {
        long started = System.nanoTime();
        var random = new Random(20_261_203L);
        var clinicians = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var locations = List.of(UUID.randomUUID(), UUID.randomUUID());
        LocalDate today = LocalDate.of(2026, 12, 3);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < PATIENTS; from += CHUNK) {
            var rows = new ArrayList<Object[]>();
            var sessions = new ArrayList<OutcomeLoader.SessionRow>();
            var scores = new ArrayList<OutcomeLoader.ScoreRow>();
            for (int i = from; i < from + CHUNK; i++) {
                UUID id = UUID.randomUUID();
                rows.add(new Object[] { id, 0L, String.format("BN%09d", i), "Bench" + i, "Outcome",
                        LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        random.nextBoolean() ? "FEMALE" : "MALE", "English", "outcome bench" + i, now });
                Trajectories.generate(random, id, clinicians, locations, today.minusDays(20 + random.nextInt(330)),
                        today, sessions, scores);
            }
            jdbc.batchUpdate("""
                    INSERT INTO patients (id, version, mrn, given_name, family_name, date_of_birth, sex,
                                          preferred_language, name_key, registered_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            loader.load(sessions, scores);
        }
        int computed = loader.recomputeAll();
        jdbc.execute("ANALYZE");
        System.out.printf("seeded %d patients, results for %d, in %d s%n", PATIENTS, computed,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
