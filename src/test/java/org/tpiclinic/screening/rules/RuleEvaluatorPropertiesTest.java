package org.tpiclinic.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.rules.Fixtures.TODAY;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Properties;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.screening.Answer;

/** Properties over many random patients and plans; each seed is reported, so a failure can be replayed. */
class RuleEvaluatorPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRuleGivesOneResultInOrderWithAReasonAClinicianCanRead(long seed) throws Exception {
        var r = new Random(seed);
        var evaluation = RuleEvaluator.evaluate(Fixtures.defaults(), Fixtures.randomFacts(r), Fixtures.randomPlan(r),
                Fixtures.ATLAS::nearThorax, TODAY);
        assertThat(evaluation.results()).extracting(RuleResult::rule).containsExactly(RuleId.values());
        var messages = messages();
        for (var result : evaluation.results()) {
            assertThat(messages).as(result.reasonKey()).containsKey(result.reasonKey());
            String text = new MessageFormat(messages.getProperty(result.reasonKey()))
                    .format(result.reasonArgs().toArray());
            assertThat(text).as(result.reasonKey()).doesNotContain("{").isNotBlank();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aFindingTakesTheRulesSeverityAndAClearCheckPassesWhateverTheSeverity(long seed) {
        var r = new Random(seed);
        var facts = Fixtures.randomFacts(r);
        var plan = Fixtures.randomPlan(r);
        var lenient = RuleEvaluator.evaluate(Fixtures.allAt(RuleSeverity.INFORMATION), facts, plan, Fixtures.ATLAS::nearThorax, TODAY);
        var strict = RuleEvaluator.evaluate(Fixtures.allAt(RuleSeverity.HARD_STOP), facts, plan, Fixtures.ATLAS::nearThorax, TODAY);
        for (int i = 0; i < lenient.results().size(); i++) {
            var l = lenient.results().get(i);
            var s = strict.results().get(i);
            if (l.rule().fixedHardStop()) {
                assertThat(l.outcome()).isEqualTo(s.outcome());
                continue;
            }
            assertThat(l.outcome()).isIn(Outcome.PASS, Outcome.INFORMATION);
            assertThat(l.outcome() == Outcome.PASS).isEqualTo(s.outcome() == Outcome.PASS);
            assertThat(s.outcome().compareTo(l.outcome())).isGreaterThanOrEqualTo(0);
            if (s.reasonKey().endsWith(".unanswered")) {
                assertThat(s.outcome()).as("an unanswered question is at most a warning").isEqualTo(Outcome.WARNING);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingAnAllergyNeverMakesAnyOutcomeBetter(long seed) {
        var r = new Random(seed);
        var facts = Fixtures.randomFacts(r);
        var plan = Fixtures.randomPlan(r);
        var more = new ArrayList<>(facts.allergies());
        more.add(new KnownAllergy("new" + seed, AllergyClass.values()[r.nextInt(AllergyClass.values().length)],
                r.nextBoolean()));
        var after = new ScreeningFacts(more, Answer.YES, facts.bloodThinners(), facts.bloodThinnerReported(),
                facts.bleedingDisorder(), facts.infection(), facts.pregnancy(), facts.diabetes(), facts.needleFear(),
                facts.priorTpiProblem(), facts.weightKg(), facts.weightMeasuredOn(), facts.careWeeks());
        var before = RuleEvaluator.evaluate(Fixtures.defaults(), facts, plan, Fixtures.ATLAS::nearThorax, TODAY).results();
        var later = RuleEvaluator.evaluate(Fixtures.defaults(), after, plan, Fixtures.ATLAS::nearThorax, TODAY).results();
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).rule().name().startsWith("ALLERGY") && !before.get(i).reasonKey().endsWith("unanswered")
                    && !before.get(i).reasonKey().endsWith("unsure")) {
                assertThat(later.get(i).outcome()).isGreaterThanOrEqualTo(before.get(i).outcome());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFingerprintIgnoresOrderButNotContent(long seed) {
        var r = new Random(seed);
        var facts = Fixtures.randomFacts(r);
        var shuffled = new ArrayList<>(facts.allergies());
        Collections.shuffle(shuffled, r);
        var same = new ScreeningFacts(shuffled, facts.allergiesAnswered(), facts.bloodThinners(),
                facts.bloodThinnerReported(), facts.bleedingDisorder(), facts.infection(), facts.pregnancy(),
                facts.diabetes(), facts.needleFear(), facts.priorTpiProblem(), facts.weightKg(),
                facts.weightMeasuredOn(), facts.careWeeks());
        assertThat(same.fingerprint()).isEqualTo(facts.fingerprint()).hasSize(64);
        var flipped = new Flag(!facts.infection().onRecord(), facts.infection().reported());
        var changed = new ScreeningFacts(facts.allergies(), facts.allergiesAnswered(), facts.bloodThinners(),
                facts.bloodThinnerReported(), facts.bleedingDisorder(), flipped, facts.pregnancy(),
                facts.diabetes(), facts.needleFear(), facts.priorTpiProblem(), facts.weightKg(),
                facts.weightMeasuredOn(), facts.careWeeks());
        assertThat(changed.fingerprint()).isNotEqualTo(facts.fingerprint());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aChangeMakesTheNextVersionAndLeavesTheOtherRulesAlone(long seed) {
        var r = new Random(seed);
        var id = RuleId.values()[r.nextInt(RuleId.values().length)];
        var severity = id.fixedHardStop() ? RuleSeverity.HARD_STOP
                : RuleSeverity.values()[r.nextInt(RuleSeverity.values().length)];
        Integer threshold = id.hasThreshold() ? 1 + r.nextInt(ScreeningRule.MAX_THRESHOLD) : null;
        var before = Fixtures.defaults();
        var after = before.change(id, severity, threshold, "admin", "because", Instant.EPOCH);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.rule(id).severity()).isEqualTo(severity);
        assertThat(after.rule(id).threshold()).isEqualTo(threshold);
        for (var other : RuleId.values()) {
            if (other != id) {
                assertThat(after.rule(other)).isEqualTo(before.rule(other));
            }
        }
        assertThatThrownBy(() -> before.change(id, severity, threshold, "admin", " ", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Properties messages() throws Exception {
        var p = new Properties();
        try (var in = RuleEvaluatorPropertiesTest.class.getResourceAsStream("/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
