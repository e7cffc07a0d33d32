package org.tpiclinic.patients;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import net.datafaker.Faker;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.TpiClinicApplication;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.Kilograms;

/**
 * Patient search through the audited registry ({@link PatientRegistry#search}: staff check, transaction, audit
 * entry), at {@value #PATIENTS} patients on PostgreSQL and {@value #H2_PATIENTS} on H2 (a file database, as the
 * embedded default). Each query type rotates through {@value #QUERIES} query strings taken from the seeded patients, so
 * no single cached value flatters the figures. Run with {@code scripts/bench-search.sh}; not a test (the name
 * does not end in Test, so Surefire skips it).
 *
 * <p>The database is seeded once with direct batched inserts (search terms made by {@link PatientSearch#termRows},
 * the same code the application indexes with) and kept when it already holds exactly that many patients.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class PatientSearchBenchmark {

    /** Patients seeded on PostgreSQL; the embedded H2 default is measured at {@link #H2_PATIENTS}. */
    static final int PATIENTS = 100_000;
    static final int H2_PATIENTS = 10_000;
    static final int QUERIES = 1_000;
    private static final int LIMIT = 50;
    private static final long SEED = 20_261_127L;
    private static final int BATCH = 2_000;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    @Param({ "h2", "postgres" })
    public String db;

    /** Patients to seed; 0 means the goal's size for the database: 10,000 on H2, 100,000 on PostgreSQL. */
    @Param({ "0" })
    public int patients;

    private ConfigurableApplicationContext context;
    private PatientSearch search;
    private PatientRegistry registry;
    private AuditLog audit;
    private TransactionTemplate transaction;
    private final CurrentUser frontDesk = new CurrentUser(UUID.randomUUID(), "bench-front-desk", "Bench Front Desk",
            Role.FRONT_DESK, null);

    private List<String> typos;
    private List<String> prefixes;
    private List<String> fullNames;
    private List<String> birthDates;
    private List<String> mrns;
    private List<String> phones;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        if (patients == 0) {
            patients = "h2".equals(db) ? H2_PATIENTS : PATIENTS;
        }
        context = new SpringApplicationBuilder(TpiClinicApplication.class).profiles("test")
                .run(datasourceArguments(db, patients));
        search = context.getBean(PatientSearch.class);
        registry = context.getBean(PatientRegistry.class);
        audit = context.getBean(AuditLog.class);
        transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var jdbc = context.getBean(JdbcTemplate.class);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM patients", Long.class);
        if (count == null || count != patients) {
            seed(jdbc);
        }
        buildQueries(jdbc);
        checkQueriesFindTheirPatients();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** Command-line arguments, so they win over application-test.properties. */
    private static String[] datasourceArguments(String db, int patients) {
        // A servlet context on a random, unused port: with web-application-type=none the security
        // configuration cannot start (it needs HttpSecurity, which only a web context has).
        var common = List.of("--server.port=0", "--tpi.demo.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                // The seeded databases are kept between runs; newer migrations may sort before applied ones.
                "--spring.flyway.out-of-order=true", "--tpi.notifications.scheduled=false");
        var args = new ArrayList<>(common);
        switch (db) {
            case "h2" -> {
                String dir = env("TPI_BENCH_H2_DIR", "target/bench-h2") + "-" + patients;
                args.add("--spring.datasource.url=jdbc:h2:file:" + Path.of(dir).toAbsolutePath()
                        + "/tpi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
                args.add("--spring.datasource.username=sa");
                args.add("--spring.datasource.password=");
            }
            case "postgres" -> {
                String url = System.getenv("TPI_BENCH_POSTGRES_URL");
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException("db=postgres needs TPI_BENCH_POSTGRES_URL (and _USER, _PASSWORD),"
                            + " e.g. jdbc:postgresql://127.0.0.1:5432/tpi_bench; scripts/bench-search.sh sets them");
                }
                args.add("--spring.datasource.url=" + url);
                args.add("--spring.datasource.username=" + env("TPI_BENCH_POSTGRES_USER", "tpi"));
                args.add("--spring.datasource.password=" + env("TPI_BENCH_POSTGRES_PASSWORD", ""));
            }
            default -> throw new IllegalArgumentException("db must be h2 or postgres, not " + db);
        }
        return args.toArray(String[]::new);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    private void seed(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        jdbc.update("DELETE FROM patient_search_terms");
        jdbc.update("DELETE FROM patients");
        var faker = new Faker(Locale.US, new Random(SEED));
        var random = new Random(SEED);
        var today = LocalDate.of(2026, 1, 15);
        var registered = Instant.parse("2026-01-15T09:00:00Z");
        var patientRows = new ArrayList<Object[]>(BATCH);
        var termRows = new ArrayList<Object[]>(BATCH * 20);
        for (int i = 0; i < patients; i++) {
            boolean female = random.nextDouble() < 0.6;
            String given = female ? faker.name().femaleFirstName() : faker.name().malefirstName();
            String family = faker.name().lastName();
            var dob = today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365));
            String phone = String.format("(%03d) 555-%04d", 200 + random.nextInt(800), random.nextInt(10_000));
            var details = new PatientDetails(given, family, random.nextInt(20) == 0 ? given.substring(0, 1) : null,
                    dob, female ? Sex.FEMALE : Sex.MALE, phone, null, null, null, null, null, "English",
                    new Kilograms(BigDecimal.valueOf(500 + random.nextInt(650), 1)), today.minusDays(random.nextInt(200)));
            var p = Patient.register(Mrn.of(100_001L + i), details, today, registered);
            patientRows.add(new Object[] { p.id(), 0L, p.mrn(), p.givenName(), p.familyName(), p.preferredName(),
                    p.dateOfBirth(), p.sex().name(), p.phone(), NameSearch.phoneDigits(p.phone()),
                    p.preferredLanguage(), p.weight() == null ? null : p.weight().value(), p.weightMeasuredOn(), p.nameKey(),
                    Timestamp.from(registered) });
            termRows.addAll(PatientSearch.termRows(p));
            if (patientRows.size() == BATCH || i == patients - 1) {
                jdbc.batchUpdate("""
                        INSERT INTO patients (id, version, mrn, given_name, family_name, preferred_name,
                            date_of_birth, sex, phone, phone_digits, preferred_language, weight_kg,
                            weight_measured_on, name_key, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", patientRows);
                jdbc.batchUpdate(PatientSearch.INSERT_TERM, termRows);
                patientRows.clear();
                termRows.clear();
            }
        }
        jdbc.execute("ALTER SEQUENCE patient_mrn_seq RESTART WITH " + (100_001L + patients));
        // VACUUM also sets PostgreSQL's visibility map, as autovacuum soon does after a bulk load: index-only scans.
        jdbc.execute("postgres".equals(db) ? "VACUUM ANALYZE" : "ANALYZE");
        Long terms = jdbc.queryForObject("SELECT COUNT(*) FROM patient_search_terms", Long.class);
        System.out.printf("%nSeeded %d patients (%d search terms) on %s in %d s%n", patients, terms, db,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private record Sample(String given, String family, LocalDate dob, String mrn, String phone) {
    }

    /** Query strings from patients picked at random (fixed seed), each query type from different patients. */
    private void buildQueries(JdbcTemplate jdbc) {
        var all = jdbc.query("SELECT given_name, family_name, date_of_birth, mrn, phone FROM patients ORDER BY mrn",
                (rs, n) -> new Sample(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)));
        var random = new Random(SEED + 1);
        typos = new ArrayList<>();
        prefixes = new ArrayList<>();
        fullNames = new ArrayList<>();
        birthDates = new ArrayList<>();
        mrns = new ArrayList<>();
        phones = new ArrayList<>();
        while (typos.size() < QUERIES) {
            String family = all.get(random.nextInt(all.size())).family();
            String folded = NameSearch.fold(family);
            if (folded.length() >= 5 && folded.matches("\\p{L}+")) {
                typos.add(swapNeighbours(family, 1 + random.nextInt(folded.length() - 2)));
            }
        }
        for (int i = 0; i < QUERIES; i++) {
            var p = all.get(random.nextInt(all.size()));
            prefixes.add(p.family().substring(0, Math.min(3, p.family().length())) + " "
                    + p.given().substring(0, Math.min(2, p.given().length())));
            p = all.get(random.nextInt(all.size()));
            fullNames.add(p.given() + " " + p.family());
            p = all.get(random.nextInt(all.size()));
            birthDates.add(i % 2 == 0 ? p.dob().toString() : p.dob().format(US_DATE));
            mrns.add(all.get(random.nextInt(all.size())).mrn());
            phones.add(all.get(random.nextInt(all.size())).phone());
        }
    }

    /** The name with the letters at {@code at} and {@code at + 1} swapped (a transposition, one typo). */
    private static String swapNeighbours(String name, int at) {
        char[] letters = name.toCharArray();
        char c = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = c;
        String swapped = new String(letters);
        return swapped.equals(name) ? name.substring(0, at) + name.substring(at + 1) : swapped;
    }

    /** Fails the trial early if a query type finds nothing: a fast benchmark of a broken search is worthless. */
    private void checkQueriesFindTheirPatients() {
        for (var queries : List.of(typos, prefixes, fullNames, birthDates, mrns, phones)) {
            for (String q : queries.subList(0, 20)) {
                if (search.find(q, LIMIT).isEmpty()) {
                    throw new IllegalStateException("search for \"" + q + "\" found nobody on " + db);
                }
            }
        }
    }

    private String nextOf(List<String> queries) {
        next = (next + 1) % QUERIES;
        return queries.get(next);
    }

    @Benchmark
    public List<Patient> nameWithTypo() {
        return registry.search(frontDesk, nextOf(typos));
    }

    @Benchmark
    public List<Patient> namePrefixes() {
        return registry.search(frontDesk, nextOf(prefixes));
    }

    @Benchmark
    public List<Patient> fullName() {
        return registry.search(frontDesk, nextOf(fullNames));
    }

    @Benchmark
    public List<Patient> dateOfBirth() {
        return registry.search(frontDesk, nextOf(birthDates));
    }

    @Benchmark
    public List<Patient> mrn() {
        return registry.search(frontDesk, nextOf(mrns));
    }

    @Benchmark
    public List<Patient> phone() {
        return registry.search(frontDesk, nextOf(phones));
    }

    /**
     * The floor of every audited search: a transaction that records one audit entry (as {@code registry.search}
     * does) and commits, with no search in it. On a durable database the commit waits for the disk (fsync).
     */
    @Benchmark
    public void auditedCommitFloor() {
        transaction.executeWithoutResult(status -> audit.record(frontDesk, null, AuditAction.QUERY,
                "search \"" + nextOf(mrns) + "\" (0 found)"));
    }

    /** The name-prefix query straight to {@code PatientSearch}: the search alone, without the audit entry. */
    @Benchmark
    public List<Patient> namePrefixesUnaudited() {
        return search.find(nextOf(prefixes), LIMIT);
    }
}
