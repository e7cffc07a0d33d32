package org.tpiclinic.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tpiclinic.TpiClinicApplication;
import org.tpiclinic.audit.AuditChain;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * Booking throughput on PostgreSQL with 16 concurrent clients (or {@code -Dbench.threads}), against the floor the database
 * allows: single-row autocommit INSERTs into a scratch table with the same two exclusion constraints as
 * {@code appointments}, measured in the same run through the same connection pool. Each client books for its
 * own clinician and patient, at consecutive 15-minute follow-ups, so bookings never conflict and every call does
 * the full work of {@link Bookings#book} (access check and audit, patient lookup, hours check, insert, event).
 * Phases alternate (bookings, inserts) for {@code rounds} rounds after a warm-up of each. Run with
 * {@code scripts/bench-booking.sh}; a main, not a test.
 */
public final class BookingThroughputBenchmark {

    /** Concurrent clients; {@code -Dbench.threads=1} shows the cost of one booking without contention. */
    static final int THREADS = Integer.getInteger("bench.threads", 16);
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final UUID FOLLOW_UP = SchedulingFixture.FOLLOW_UP;
    static final Duration SLOT = Duration.ofMinutes(15);
    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "bench-desk", "Bench Desk", Role.FRONT_DESK,
            null);

    record Phase(String name, long operations, long failures, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return operations / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            return latenciesNanos[(int) Math.min(latenciesNanos.length - 1, Math.floor(p * latenciesNanos.length))] / 1e6;
        }

        String line() {
            return String.format("%-9s %8d ops %5d failed in %5.1f s = %8.1f /s   p50 %7.2f ms  p99 %7.2f ms", name,
                    operations, failures, seconds, perSecond(), percentileMillis(0.50), percentileMillis(0.99));
        }
    }

    interface Client {
        void next(int thread) throws Exception;
    }

    private final ConfigurableApplicationContext context;
    private final Bookings bookings;
    private final DataSource dataSource;

    BookingThroughputBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.bookings = context.getBean(Bookings.class);
        this.dataSource = context.getBean(DataSource.class);
    }

    public static void main(String[] args) throws Exception {
        // Long enough for the JIT to compile the booking path (with 5 s, the first round booked 25 % slower).
        int warmup = Integer.parseInt(System.getProperty("bench.warmup", "20"));
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "15"));
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "2"));
        try (var context = new SpringApplicationBuilder(TpiClinicApplication.class).profiles("test").run(arguments())) {
            var bench = new BookingThroughputBenchmark(context);
            bench.createFloorTable();
            var results = new ArrayList<Phase[]>();
            bench.bookingPhase("warm-up", warmup);
            bench.insertPhase("warm-up", warmup);
            for (int r = 1; r <= rounds; r++) {
                var booked = bench.bookingPhase("bookings", seconds);
                var inserted = bench.insertPhase("inserts", seconds);
                System.out.println("round " + r + ":\n  " + booked.line() + "\n  " + inserted.line()
                        + String.format("%n  ratio bookings/inserts = %.3f", booked.perSecond() / inserted.perSecond()));
                results.add(new Phase[] { booked, inserted });
            }
            double b = results.stream().mapToLong(p -> p[0].operations()).sum();
            double bs = results.stream().mapToDouble(p -> p[0].seconds()).sum();
            double i = results.stream().mapToLong(p -> p[1].operations()).sum();
            double is = results.stream().mapToDouble(p -> p[1].seconds()).sum();
            System.out.printf("overall (%d clients): bookings %.1f /s, inserts %.1f /s, ratio %.3f (goal >= 0.25)%n",
                    THREADS, b / bs, i / is, (b / bs) / (i / is));
            bench.checkAuditChain();
        }
    }

    private static String[] arguments() {
        String url = System.getenv("TPI_BENCH_POSTGRES_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("Set TPI_BENCH_POSTGRES_URL (and _USER, _PASSWORD); scripts/bench-booking.sh does");
        }
        return new String[] { "--server.port=0", "--tpi.demo.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--spring.flyway.out-of-order=true", "--tpi.notifications.scheduled=false",
                // The audit chainer runs as in production (the test profile switches it off).
                "--tpi.audit.chain-scheduled=true",
                // One connection per client, so the pool is not the limit of either phase.
                "--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 4),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + env("TPI_BENCH_POSTGRES_USER", "tpi"),
                "--spring.datasource.password=" + env("TPI_BENCH_POSTGRES_PASSWORD", "") };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Waits until the listeners of the bookings' events (after commit, on other threads) are done and the audit
     * chainer has linked every entry, so that work counts for the bookings and does not slow down the insert
     * phase that follows; returns the seconds waited.
     */
    double drainListeners() throws InterruptedException {
        var jdbc = new JdbcTemplate(dataSource);
        long started = System.nanoTime();
        long open;
        while ((open = jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL)
                     + (SELECT COUNT(*) FROM audit_unchained)""", Long.class)) > 0
                && System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  (event listeners and audit chain drained in %.1f s; %d still open)%n", seconds, open);
        return seconds;
    }

    /** The chainer ran all along (as in production): how far behind it is, and whether the chain holds. */
    void checkAuditChain() {
        long waiting = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM audit_unchained", Long.class);
        long started = System.nanoTime();
        var broken = context.getBean(AuditChain.class).verify();
        System.out.printf("audit: %d entries waiting to be chained at the end; linked and verified in %.1f s: %s%n",
                waiting, (System.nanoTime() - started) / 1e9, broken.map(Object::toString).orElse("intact"));
    }

    void createFloorTable() {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS bench_booking_floor (
                    id UUID PRIMARY KEY, clinician_id UUID NOT NULL, patient_id UUID NOT NULL,
                    start_at TIMESTAMPTZ NOT NULL, end_at TIMESTAMPTZ NOT NULL, blocked_until TIMESTAMPTZ NOT NULL,
                    status VARCHAR(20) NOT NULL,
                    EXCLUDE USING gist (clinician_id WITH =, tstzrange(start_at, blocked_until) WITH &&)
                        WHERE (status <> 'CANCELLED'),
                    EXCLUDE USING gist (patient_id WITH =, tstzrange(start_at, end_at) WITH &&)
                        WHERE (status <> 'CANCELLED'))""");
    }

    /** Each client: its own clinician (open 08:00-18:00 daily) and patient, booking consecutive slots. */
    Phase bookingPhase(String name, int seconds) throws Exception {
        var locations = context.getBean(Locations.class);
        var clinicians = context.getBean(Clinicians.class);
        var availability = context.getBean(Availability.class);
        var patients = context.getBean(PatientRegistry.class);
        var location = locations.save(Location.open("Bench " + UUID.randomUUID(), "1 Bench St", "555-0100", ZONE));
        var clinicianIds = new UUID[THREADS];
        var patientIds = new UUID[THREADS];
        for (int t = 0; t < THREADS; t++) {
            var c = clinicians.save(Clinician.of(UUID.randomUUID(), "Bench " + t, Set.of(FOLLOW_UP)));
            for (var day : DayOfWeek.values()) {
                availability.addHours(ClinicianId.of(c.id()), LocationId.of(location.id()), day, LocalTime.of(8, 0), LocalTime.of(18, 0));
            }
            clinicianIds[t] = c.id();
            // With an email address, so every booking queues its confirmation and reminders, as most do.
            var details = new PatientDetails("Bench", "Client" + t, null, LocalDate.of(1980, 1, 1), Sex.FEMALE, null,
                    "bench.client" + t + "@example.org", null, null, null, null, "English", null, null);
            patientIds[t] = patients.register(CurrentUser.system("bench"), details, true).registered().id();
        }
        var next = new int[THREADS];
        var tomorrow = LocalDate.now(ZONE).plusDays(1);
        var booked = run(name, seconds, t -> {
            int n = next[t]++;
            var start = tomorrow.plusDays(n / 40).atTime(LocalTime.of(8, 0)).plus(SLOT.multipliedBy(n % 40))
                    .atZone(ZONE).toInstant();
            bookings.book(DESK, new BookingRequest(patientIds[t], clinicianIds[t], location.id(), FOLLOW_UP, start,
                    UUID.randomUUID().toString()));
        });
        // Work a booking leaves to listeners after commit is part of its cost: the phase ends when it is done.
        double drained = drainListeners();
        return new Phase(name, booked.operations(), booked.failures(), booked.seconds() + drained,
                booked.latenciesNanos());
    }

    /** Each client: its own clinician and patient ids, consecutive 15-minute rows, one autocommit INSERT each. */
    Phase insertPhase(String name, int seconds) throws Exception {
        var clinicianIds = new UUID[THREADS];
        var patientIds = new UUID[THREADS];
        for (int t = 0; t < THREADS; t++) {
            clinicianIds[t] = UUID.randomUUID();
            patientIds[t] = UUID.randomUUID();
        }
        var next = new int[THREADS];
        var base = Instant.now().plus(Duration.ofDays(1));
        return run(name, seconds, t -> {
            var start = base.plus(SLOT.multipliedBy(next[t]++));
            try (var connection = dataSource.getConnection();
                    var insert = connection.prepareStatement("""
                            INSERT INTO bench_booking_floor (id, clinician_id, patient_id, start_at, end_at,
                                blocked_until, status) VALUES (?, ?, ?, ?, ?, ?, 'BOOKED')""")) {
                connection.setAutoCommit(true);
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, clinicianIds[t]);
                insert.setObject(3, patientIds[t]);
                insert.setObject(4, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
                insert.setObject(5, OffsetDateTime.ofInstant(start.plus(SLOT), ZoneOffset.UTC));
                insert.setObject(6, OffsetDateTime.ofInstant(start.plus(SLOT), ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }

    private static Phase run(String name, int seconds, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        System.out.println("  " + Instant.now() + " " + name + " start");
        try {
            long begin = System.nanoTime();
            long deadline = begin + Duration.ofSeconds(seconds).toNanos();
            var futures = new ArrayList<Future<long[]>>();
            var failures = new long[THREADS];
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<long[]>) () -> {
                    var latencies = new long[1 << 16];
                    int count = 0;
                    while (System.nanoTime() < deadline) {
                        long started = System.nanoTime();
                        try {
                            client.next(thread);
                            if (count == latencies.length) {
                                latencies = Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = System.nanoTime() - started;
                        } catch (Exception failed) {
                            if (failures[thread]++ == 0) {
                                System.err.println(name + " client " + thread + " failed: " + failed);
                            }
                        }
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (var f : futures) {
                all.add(f.get());
            }
            double elapsed = (System.nanoTime() - begin) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Phase(name, merged.length, Arrays.stream(failures).sum(), elapsed, merged);
        } finally {
            pool.shutdownNow();
        }
    }
}
