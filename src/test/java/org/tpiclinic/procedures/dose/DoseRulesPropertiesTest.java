package org.tpiclinic.procedures.dose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpiclinic.procedures.DoseCheck.AgentTotal;
import org.tpiclinic.procedures.DoseCheck.AgentVolume;
import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.DoseCheck.DoseReport;
import org.tpiclinic.procedures.formulary.FormularyAgent;
import org.tpiclinic.procedures.formulary.FormularyFixtures;
import org.tpiclinic.procedures.formulary.FormularyVersion;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;

/**
 * Properties of the dose arithmetic over many random sessions (fixed seeds, so a failure repeats): a signable
 * session never exceeds a limit; splitting a mixture over sites, or reordering sites, never changes the totals or
 * the verdict; more volume never makes a session safer.
 */
class DoseRulesPropertiesTest {

    static final int SESSIONS = 1500;
    static final FormularyVersion FORMULARY = FormularyFixtures.seeded();
    static final List<String> CODES = FORMULARY.agents().stream().map(FormularyAgent::code).toList();
    static final NoticeWords WORDS = (key, arguments) -> key;

    @ParameterizedTest
    @ValueSource(longs = { 20261203L, 7L, 424242L })
    void aSignableSessionNeverExceedsAnyLimitNorTheCombinedOne(long seed) {
        var random = new Random(seed);
        int signable = 0;
        for (int i = 0; i < SESSIONS; i++) {
            var weight = weight(random);
            var volumes = session(random);
            var report = evaluate(weight, volumes);
            boolean overSomewhere = overAnyLimit(weight, volumes);
            assertThat(report.blocksSigning()).as("seed %d session %d: %s at %s", seed, i, volumes, weight)
                    .isEqualTo(overSomewhere || weight.isEmpty() && needsWeight(volumes));
            if (!report.blocksSigning()) {
                signable++;
                for (var total : report.totals()) {
                    total.maximum().ifPresent(max -> assertThat(total.amount()).isLessThanOrEqualTo(max));
                }
            }
        }
        // the generator must produce both kinds of session, or the property says nothing
        assertThat(signable).isBetween(SESSIONS / 10, SESSIONS - SESSIONS / 10);
    }

    @ParameterizedTest
    @ValueSource(longs = { 20261203L, 99L })
    void splittingAMixtureOverSitesNeverChangesItsTotalsOrVerdict(long seed) {
        var random = new Random(seed);
        for (int i = 0; i < SESSIONS; i++) {
            var weight = weight(random);
            var mixture = session(random);
            var split = new ArrayList<AgentVolume>();
            int sites = 1 + random.nextInt(20);
            for (var part : mixture) {
                split.addAll(splitInto(part, sites, random));
            }
            Collections.shuffle(split, random);
            assertThat(describe(evaluate(weight, split))).as("seed %d session %d", seed, i)
                    .isEqualTo(describe(evaluate(weight, mixture)));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = { 20261203L, 5L })
    void moreVolumeNeverLowersAShareNorLiftsABlock(long seed) {
        var random = new Random(seed);
        for (int i = 0; i < SESSIONS; i++) {
            var weight = Optional.of(new Kilograms(new BigDecimal(30 + random.nextInt(120))));
            var volumes = session(random);
            var before = evaluate(weight, volumes);
            var more = new ArrayList<>(volumes);
            more.add(new AgentVolume(CODES.get(random.nextInt(CODES.size())), millilitres(random, 10)));
            var after = evaluate(weight, more);
            if (before.blocksSigning()) {
                assertThat(after.blocksSigning()).isTrue();
            }
            for (var total : before.totals()) {
                var later = after.totals().stream().filter(t -> t.agentCode().equals(total.agentCode()))
                        .findFirst().orElseThrow();
                assertThat(later.amount()).isGreaterThanOrEqualTo(total.amount());
            }
            assertThat(after.combinedAnestheticShare().orElseThrow())
                    .isGreaterThanOrEqualTo(before.combinedAnestheticShare().orElseThrow());
        }
    }

    /** Whether any agent, or the local anesthetics together, exceed their maximum, by exact cross-multiplication. */
    private static boolean overAnyLimit(Optional<Kilograms> weight, List<AgentVolume> volumes) {
        if (weight.isEmpty()) {
            return false;
        }
        var amounts = new ArrayList<Milligrams>();
        var maxima = new ArrayList<Milligrams>();
        boolean over = false;
        for (var agent : FORMULARY.agents()) {
            var volume = volumes.stream().filter(v -> v.agentCode().equals(agent.code()))
                    .map(v -> v.volume().value()).reduce(BigDecimal::add);
            if (volume.isEmpty() || agent.limit().maximumFor(weight).isEmpty()) {
                continue;
            }
            var amount = new Milligrams(agent.concentration().milligramsPerMillilitre().multiply(volume.get()));
            var max = agent.limit().maximumFor(weight).get();
            over |= amount.compareTo(max) > 0;
            if (agent.localAnesthetic()) {
                amounts.add(amount);
                maxima.add(max);
            }
        }
        // sum(a_i / m_i) > 1  <=>  sum(a_i * prod_{j != i} m_j) > prod m_j
        var product = maxima.stream().map(Milligrams::value).reduce(BigDecimal.ONE, BigDecimal::multiply);
        var sum = BigDecimal.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            var term = amounts.get(i).value();
            for (int j = 0; j < maxima.size(); j++) {
                term = j == i ? term : term.multiply(maxima.get(j).value());
            }
            sum = sum.add(term);
        }
        return over || sum.compareTo(product) > 0;
    }

    private static boolean needsWeight(List<AgentVolume> volumes) {
        return volumes.stream().anyMatch(v -> FORMULARY.agent(v.agentCode()).orElseThrow().limit().limited());
    }

    private static DoseReport evaluate(Optional<Kilograms> weight, List<AgentVolume> volumes) {
        return DoseRules.evaluate(FORMULARY, weight, volumes, WORDS);
    }

    /** 1 to 4 agents, each 0 to 40 mL in steps of 0.01 mL; sized so that about half the sessions are signable. */
    private static List<AgentVolume> session(Random random) {
        var volumes = new ArrayList<AgentVolume>();
        int agents = 1 + random.nextInt(4);
        for (int i = 0; i < agents; i++) {
            volumes.add(new AgentVolume(CODES.get(random.nextInt(CODES.size())), millilitres(random, 40)));
        }
        return volumes;
    }

    private static Optional<Kilograms> weight(Random random) {
        if (random.nextInt(20) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Kilograms(BigDecimal.valueOf(300 + random.nextInt(1700), 1)));
    }

    private static Millilitres millilitres(Random random, int most) {
        return new Millilitres(BigDecimal.valueOf(random.nextInt(most * 100 + 1), 2));
    }

    /** Cuts a volume into {@code sites} parts of whole 0.001 mL that add up to it exactly. */
    private static List<AgentVolume> splitInto(AgentVolume whole, int sites, Random random) {
        long thousandths = whole.volume().value().movePointRight(3).longValueExact();
        var parts = new ArrayList<AgentVolume>();
        long left = thousandths;
        for (int i = 1; i < sites; i++) {
            long part = left == 0 ? 0 : (long) (random.nextDouble() * (left + 1));
            parts.add(new AgentVolume(whole.agentCode(), new Millilitres(BigDecimal.valueOf(part, 3))));
            left -= part;
        }
        parts.add(new AgentVolume(whole.agentCode(), new Millilitres(BigDecimal.valueOf(left, 3))));
        return parts;
    }

    private static List<String> describe(DoseReport report) {
        var lines = new ArrayList<String>();
        for (AgentTotal t : report.totals()) {
            lines.add(t.agentCode() + " " + plain(t.volume().value()) + " mL " + plain(t.amount().value()) + " mg "
                    + t.maximum().map(m -> plain(m.value())).orElse("-") + " "
                    + t.share().map(DoseRulesPropertiesTest::plain).orElse("-"));
        }
        report.notices().stream().map(DoseNotice::code).forEach(lines::add);
        lines.add("combined " + report.combinedAnestheticShare().map(DoseRulesPropertiesTest::plain).orElse("-"));
        return lines;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
