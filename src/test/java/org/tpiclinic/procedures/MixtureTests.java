package org.tpiclinic.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpiclinic.shared.Millilitres;

class MixtureTests {

    static final Mixture LIDO_TRIAM = new Mixture(List.of(new MixturePart("LIDOCAINE_1", new BigDecimal("4")),
            new MixturePart("TRIAMCINOLONE_40", new BigDecimal("1"))));

    @Test
    void splitsTheWholeMixtureOverThreeSitesWithoutLosingADrop() {
        var sites = ml("2", "2", "1");
        var split = LIDO_TRIAM.split(sites);
        // 2 mL of a 4:1 mixture is 1.6 mL lidocaine and 0.4 mL triamcinolone
        assertThat(split.get(0)).containsExactly(agent("LIDOCAINE_1", "1.6000"), agent("TRIAMCINOLONE_40", "0.4000"));
        assertThat(split.get(2)).containsExactly(agent("LIDOCAINE_1", "0.8000"), agent("TRIAMCINOLONE_40", "0.2000"));
        assertThat(LIDO_TRIAM.totals(sites).get("LIDOCAINE_1").value()).isEqualByComparingTo("4");
        assertThat(LIDO_TRIAM.totals(sites).get("TRIAMCINOLONE_40").value()).isEqualByComparingTo("1");
    }

    @Test
    void thirdsThatDoNotDivideEvenlyStillAddUpToTheAgentsVolume() {
        var mixture = new Mixture(List.of(new MixturePart("LIDOCAINE_1", new BigDecimal("2")),
                new MixturePart("SALINE_09", new BigDecimal("1"))));
        var sites = ml("1", "1", "1");
        var split = mixture.split(sites);
        // 2/3 mL each: 0.6667 + 0.6667 + 0.6666 = 2 exactly
        assertThat(split.stream().map(s -> s.get(0).volume().value()).toList())
                .containsExactly(new BigDecimal("0.6667"), new BigDecimal("0.6667"), new BigDecimal("0.6666"));
        assertThat(mixture.totals(sites).get("LIDOCAINE_1").value()).isEqualByComparingTo("2");
        assertThat(mixture.totals(sites).get("SALINE_09").value()).isEqualByComparingTo("1");
    }

    @Test
    void aSingleAgentIsEveryInjectedMillilitreAndNeedsNoVolumeDrawn() {
        var single = new Mixture(List.of(new MixturePart("LIDOCAINE_1", null)));
        var split = single.split(ml("1.5", "0", "0.75"));
        assertThat(split.get(0)).containsExactly(new DoseCheck.AgentVolume("LIDOCAINE_1", Millilitres.of("1.5")));
        assertThat(split.get(1)).isEmpty();
        assertThat(single.totals(ml("1.5", "0", "0.75")).get("LIDOCAINE_1").value()).isEqualByComparingTo("2.25");
    }

    @Test
    void injectingPartOfTheMixtureGivesThatShareOfEachAgent() {
        var totals = LIDO_TRIAM.totals(ml("1", "1.5"));
        assertThat(totals.get("LIDOCAINE_1").value()).isEqualByComparingTo("2");
        assertThat(totals.get("TRIAMCINOLONE_40").value()).isEqualByComparingTo("0.5");
    }

    static Stream<Long> seeds() {
        return new Random(20261203L).longs(200).boxed();
    }

    /** Property: when the sites receive the whole mixture, each agent's site amounts add up to its volume exactly. */
    @ParameterizedTest
    @MethodSource("seeds")
    void splittingAMixtureNeverChangesItsTotal(long seed) {
        var random = new Random(seed);
        int agents = 1 + random.nextInt(4);
        var parts = new ArrayList<MixturePart>();
        for (int a = 0; a < agents; a++) {
            parts.add(new MixturePart("AGENT_" + a, BigDecimal.valueOf(1 + random.nextInt(5000), 3)));
        }
        var mixture = new Mixture(parts);
        int sites = 1 + random.nextInt(20);
        var volumes = shares(mixture.total().value(), sites, random);
        var split = mixture.split(volumes);
        for (MixturePart part : parts) {
            BigDecimal sum = split.stream().flatMap(List::stream).filter(v -> v.agentCode().equals(part.agentCode()))
                    .map(v -> v.volume().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("seed %d, %s", seed, part.agentCode()).isEqualByComparingTo(part.volumeMl());
        }
        split.stream().flatMap(List::stream).forEach(v -> assertThat(v.volume().value().signum()).isPositive());
    }

    /** {@code total} cut at random points into {@code n} volumes of at most three decimals that add up to it. */
    private static List<Millilitres> shares(BigDecimal total, int n, Random random) {
        long thousandths = total.movePointRight(3).longValueExact();
        var cuts = new ArrayList<Long>();
        for (int i = 0; i < n - 1; i++) {
            cuts.add((long) (random.nextDouble() * thousandths));
        }
        cuts.add(0L);
        cuts.add(thousandths);
        cuts.sort(null);
        var volumes = new ArrayList<Millilitres>();
        for (int i = 1; i < cuts.size(); i++) {
            volumes.add(new Millilitres(BigDecimal.valueOf(cuts.get(i) - cuts.get(i - 1), 3)));
        }
        return volumes;
    }

    private static List<Millilitres> ml(String... values) {
        return Stream.of(values).map(Millilitres::of).toList();
    }

    private static DoseCheck.AgentVolume agent(String code, String ml) {
        return new DoseCheck.AgentVolume(code, Millilitres.of(ml));
    }
}
