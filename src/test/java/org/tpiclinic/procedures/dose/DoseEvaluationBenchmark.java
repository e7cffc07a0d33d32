package org.tpiclinic.procedures.dose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.procedures.DoseCheck.AgentVolume;
import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.DoseCheck.DoseReport;
import org.tpiclinic.procedures.formulary.FormularyFixtures;
import org.tpiclinic.procedures.formulary.FormularyVersion;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.shared.Millilitres;

/**
 * Dose evaluation for a 20-site session (issue 12, goal under 50 µs): 15 sites of lidocaine 1 % 1.5 mL with
 * triamcinolone 0.2 mL, 5 sites of bupivacaine 0.25 % 2 mL, a 70 kg patient, against the seeded formulary. The
 * local anesthetics reach 89 % of their combined maximum and bupivacaine is mixed, so two notices are worded from
 * {@code messages.properties}. Also the clinic policies for the same 20 sites against 12 earlier sessions. Pure
 * code, no database. Run with {@code scripts/bench-slots.sh DoseEvaluationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class DoseEvaluationBenchmark {

    private FormularyVersion formulary;
    private Optional<Kilograms> weight;
    private List<AgentVolume> volumes;
    private NoticeWords words;
    private PlannedSession today;
    private List<PriorSession> history;

    @Setup
    public void twentySites() {
        formulary = FormularyFixtures.seeded();
        weight = Optional.of(new Kilograms(new BigDecimal("70")));
        words = TestWords.fromMessages();
        volumes = new ArrayList<>();
        for (int site = 0; site < 20; site++) {
            if (site < 15) {
                volumes.add(new AgentVolume("LIDOCAINE_1", Millilitres.of("1.5")));
                volumes.add(new AgentVolume("TRIAMCINOLONE_40", Millilitres.of("0.2")));
            } else {
                volumes.add(new AgentVolume("BUPIVACAINE_025", Millilitres.of("2")));
            }
        }
        String[] muscles = { "UPPER_TRAPEZIUS", "LEVATOR_SCAPULAE", "RHOMBOIDS", "INFRASPINATUS", "GLUTEUS_MEDIUS",
                "QUADRATUS_LUMBORUM", "PIRIFORMIS", "STERNOCLEIDOMASTOID", "SCALENES", "GASTROCNEMIUS" };
        String[] regions = { "NECK", "NECK", "UPPER_BACK", "SHOULDER", "HIP", "LOW_BACK", "HIP", "NECK", "NECK", "LEG" };
        var sites = new ArrayList<PolicySite>();
        for (int i = 0; i < 20; i++) {
            var side = i % 2 == 0 ? Side.LEFT : Side.RIGHT;
            sites.add(new PolicySite(new BodySite(muscles[i / 2], side), regions[i / 2], muscles[i / 2]));
        }
        var date = LocalDate.of(2026, 12, 3);
        today = new PlannedSession(date, sites, true);
        history = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            history.add(new PriorSession(date.minusDays(30L * i), sites.subList(i % 10, i % 10 + 8), i % 3 == 0,
                    i % 4 != 1));
        }
    }

    @Benchmark
    public DoseReport evaluate() {
        return DoseRules.evaluate(formulary, weight, volumes, words);
    }

    @Benchmark
    public List<DoseNotice> policies() {
        return ClinicPolicies.check(formulary, today, history, words);
    }
}
