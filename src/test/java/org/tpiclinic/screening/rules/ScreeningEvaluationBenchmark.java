package org.tpiclinic.screening.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.TestSites;

/**
 * Screening evaluation for a heavy patient (issue 4): 20 medications on record, 10 allergies and a 12-site plan,
 * against the seeded rule set; plus the facts' fingerprint a review stores. Pure code, no database.
 * Run with {@code scripts/bench-slots.sh ScreeningEvaluationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ScreeningEvaluationBenchmark {

    private RuleSet rules;
    private ScreeningFacts facts;
    private PlannedTreatment plan;

    @Setup
    public void heavyPatient() {
        rules = Fixtures.defaults();
        var allergies = new ArrayList<KnownAllergy>();
        AllergyClass[] classes = { AllergyClass.OTHER, AllergyClass.LATEX, AllergyClass.ESTER, AllergyClass.OTHER,
                AllergyClass.OTHER };
        for (int i = 0; i < 10; i++) {
            allergies.add(new KnownAllergy("Allergen " + i, classes[i % classes.length], i % 3 == 0));
        }
        var medications = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            medications.add("Medication " + i);
        }
        facts = new ScreeningFacts(allergies, Answer.YES, List.copyOf(medications), new Flag(true, Answer.YES), Flag.NO, Flag.NO, Flag.NO,
                new Flag(true, Answer.YES), Flag.NO, Flag.NO, new BigDecimal("81.4"), Fixtures.TODAY.minusDays(20), 8);
        var muscles = Fixtures.ATLAS.muscles();
        var sites = new org.tpiclinic.assessment.BodySite[12];
        for (int i = 0; i < sites.length; i++) {
            sites[i] = TestSites.right(muscles.get(i).code());
        }
        plan = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true, sites);
    }

    @Benchmark
    public Evaluation evaluate() {
        return RuleEvaluator.evaluate(rules, facts, plan, Fixtures.ATLAS::nearThorax, Fixtures.TODAY);
    }

    @Benchmark
    public String evaluateAndFingerprint() {
        RuleEvaluator.evaluate(rules, facts, plan, Fixtures.ATLAS::nearThorax, Fixtures.TODAY);
        return facts.fingerprint();
    }
}
