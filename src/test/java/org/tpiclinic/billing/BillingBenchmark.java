package org.tpiclinic.billing;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.TpiClinicApplication;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.procedures.InjectionSessionSigned;

/**
 * Billing measured (issue 13): (1) latency from a session's signing (the event published and committed) to its
 * claim being stored, one session at a time, median and tail; then a burst; (2) the claim export of 10,000 coded
 * sessions (and of 1,000, to show that memory does not grow with the export): time, bytes, and the peak of heap in
 * use above what was in use before it started. Embedded H2 by default, PostgreSQL with {@code TPI_BENCH_POSTGRES_URL}.
 * Run with {@code scripts/bench-billing.sh}; a main, not a test.
 */
public final class BillingBenchmark {

    static final CurrentUser BILLER = new CurrentUser(UUID.randomUUID(), "bench-billing", "Bench Billing",
            Role.BILLING, null);

    public static void main(String[] args) throws Exception {
        int sequential = Integer.getInteger("bench.sequential", 200);
        int burst = Integer.getInteger("bench.burst", 1000);
        int sessions = Integer.getInteger("bench.sessions", 10_000);
        try (var context = new SpringApplicationBuilder(TpiClinicApplication.class).profiles("test").run(arguments())) {
            var bench = new BillingBenchmark(context);
            System.out.printf("nproc %d, max heap %d MB, database %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, context.getEnvironment().getProperty("spring.datasource.url")
                            .replaceAll(";.*", ""));
            var patients = bench.patients(500);
            bench.latency(patients, 20, "warm-up");
            bench.latency(patients, sequential, "sequential");
            bench.burst(patients, burst);
            bench.seed(patients, sessions);
            for (int round = 1; round <= 2; round++) {
                bench.export(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 1).plusDays(9), "1,000 sessions", false);
                bench.export(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 1).plusDays(99), "10,000 sessions", false);
            }
            // The live heap: a full collection before each sample (every 20 ms), so garbage the export has already
            // dropped does not count; slower, so its times are not the export's.
            for (int round = 1; round <= 2; round++) {
                bench.export(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 1).plusDays(9), "1,000 (live)", true);
                bench.export(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 1).plusDays(99), "10,000 (live)", true);
            }
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ConfigurableApplicationContext context;
    private final PatientRegistry registry;
    private final Claims claims;
    private final ClaimExport export;
    private final ClaimCoder coder;

    BillingBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.registry = context.getBean(PatientRegistry.class);
        this.claims = context.getBean(Claims.class);
        this.export = context.getBean(ClaimExport.class);
        this.coder = new ClaimCoder(context.getBean(CodingTable.class));
    }

    List<UUID> patients(int count) {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < count; i++) {
            var details = new PatientDetails("Bench" + i, "Patient" + i, null, LocalDate.of(1970, 1, 1).plusDays(i),
                    Sex.FEMALE, null, null, null, null, null, null, "English", Kilograms.of("70"),
                    LocalDate.of(2026, 1, 1));
            ids.add(registry.register(CurrentUser.system("bench"), details, true).registered().id());
        }
        return ids;
    }

    static InjectionSessionSigned session(UUID patient, LocalDate on) {
        return Sessions.signed(patient, on, List.of("M79.12", "M54.2"), "UPPER_TRAPEZIUS_L", "UPPER_TRAPEZIUS_R",
                "LEVATOR_SCAPULAE_L", "LEVATOR_SCAPULAE_L");
    }

    boolean coded(InjectionSessionSigned s) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_claims WHERE session_id = ?").param(s.sessionId().value())
                .query(Long.class).single() == 1;
    }

    /** One at a time: commit the signing, then poll (every 1 ms) until the claim is visible. */
    void latency(List<UUID> patients, int count, String name) throws InterruptedException {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            var s = session(patients.get(i % patients.size()), LocalDate.of(2039, 1, 1));
            long start = System.nanoTime();
            transactions.executeWithoutResult(tx -> context.publishEvent(s));
            while (!coded(s)) {
                Thread.sleep(0, 500_000);
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-10s %5d sessions: signing to claim stored  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  "
                + "max %6.1f ms%n", name, count, nanos[count / 2] / 1e6, nanos[(int) (count * 0.9)] / 1e6,
                nanos[Math.min(count - 1, (int) (count * 0.99))] / 1e6, nanos[count - 1] / 1e6);
    }

    /** All signed within a few seconds: how long until every one is coded. */
    void burst(List<UUID> patients, int count) throws InterruptedException {
        var sessions = new ArrayList<InjectionSessionSigned>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var s = session(patients.get(i % patients.size()), LocalDate.of(2039, 2, 1));
            sessions.add(s);
            transactions.executeWithoutResult(tx -> context.publishEvent(s));
        }
        long published = System.nanoTime();
        var ids = sessions.stream().map(s -> s.sessionId().value()).toList();
        while (jdbc.sql("SELECT COUNT(*) FROM billing_claims WHERE performed_on = ?").param(LocalDate.of(2039, 2, 1))
                .query(Long.class).single() < count) {
            Thread.sleep(5);
        }
        long done = System.nanoTime();
        System.out.printf("burst      %5d sessions: published in %.1f s, all coded %.1f s after the first (%.0f /s)%n",
                ids.size(), (published - start) / 1e9, (done - start) / 1e9, count / ((done - start) / 1e9));
    }

    /** Claims for the export, stored the way the listener stores them (coded by the same rules), 100 a day. */
    void seed(List<UUID> patients, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i += 500) {
            int from = i;
            transactions.executeWithoutResult(tx -> {
                for (int j = from; j < Math.min(count, from + 500); j++) {
                    var s = session(patients.get(j % patients.size()), LocalDate.of(2040, 1, 1).plusDays(j / 100));
                    claims.insertIfAbsent(s, coder.code(s), Instant.now());
                }
            });
        }
        System.out.printf("seeded %d claims in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    void export(LocalDate from, LocalDate to, String name, boolean live) throws InterruptedException {
        var heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        Thread.sleep(200);
        long before = used(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var sampler = new Sampler(live);
        sampler.start();
        var counter = new Counting();
        long start = System.nanoTime();
        int claimsExported = export.disclose(BILLER, from, to);
        export.write(BILLER, from, to, counter);
        long elapsed = System.nanoTime() - start;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("export %-16s %6d claims, %7d rows, %6.2f MB CSV in %6.0f ms (%.0f rows/s); heap in use "
                + "before %5.1f MB, %s peak above it %5.1f MB (sum of pool peaks above it %5.1f MB)%n", name,
                claimsExported, counter.lines, counter.bytes / 1e6, elapsed / 1e6, counter.lines / (elapsed / 1e9),
                before / 1e6, live ? "live (after full GC)" : "sampled", (sampler.peak - before) / 1e6,
                (poolPeaks - before) / 1e6);
    }

    static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Samples heap in use every millisecond. */
    static final class Sampler extends Thread {
        volatile long peak;
        private final boolean live;
        private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();

        Sampler(boolean live) {
            this.live = live;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                if (live) {
                    System.gc();
                }
                peak = Math.max(peak, used(heap));
                try {
                    Thread.sleep(live ? 20 : 1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Counts what the export writes and keeps none of it. */
    static final class Counting extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    private static String[] arguments() {
        var args = new ArrayList<>(List.of("--server.port=0", "--tpi.demo.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--tpi.notifications.scheduled=false"));
        String url = System.getenv("TPI_BENCH_POSTGRES_URL");
        if (url != null) {
            args.addAll(List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + System.getenv().getOrDefault("TPI_BENCH_POSTGRES_USER", "tpi"),
                    "--spring.datasource.password=" + System.getenv().getOrDefault("TPI_BENCH_POSTGRES_PASSWORD", "tpi")));
        }
        return args.toArray(String[]::new);
    }
}
