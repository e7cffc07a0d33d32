package org.tpiclinic.procedures.dose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpiclinic.procedures.DoseCheck.AgentTotal;
import org.tpiclinic.procedures.DoseCheck.AgentVolume;
import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.DoseCheck.DoseReport;
import org.tpiclinic.procedures.formulary.FormularyFixtures;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.shared.Millilitres;

/**
 * Hand-checked dose cases against the seeded formulary (lidocaine 4.5 mg/kg capped at 300 mg; bupivacaine capped
 * at 175 mg; steroids and saline without a limit; warning from 80 %). The arithmetic of each row is written above
 * it; amounts are {@code mg = mg/mL × mL}, the maximum {@code min(mg/kg × kg, cap)}.
 */
class DoseRulesTest {

    static final NoticeWords WORDS = TestWords.fromMessages();

    /**
     * Columns: weight in kg (empty: none); volumes ({@code CODE:mL} separated by spaces, one per site); the
     * expected totals ({@code CODE=mg/max}, max {@code -} when there is none); the expected notice codes in order;
     * whether the session may be signed.
     */
    @ParameterizedTest(name = "{0} kg, {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # 10 mg/mL x 5 mL = 50 mg; max min(4.5 x 70 = 315, 300) = 300; 50/300 = 16.7 %
            70   | LIDOCAINE_1:5                          | LIDOCAINE_1=50/300                           |                                  | true
            # 10 x 23.9 = 239 mg; 239/300 = 79.67 %, just under the 80 % warning
            70   | LIDOCAINE_1:23.9                       | LIDOCAINE_1=239/300                          |                                  | true
            # 10 x 24 = 240 mg; 240/300 = 80 % exactly: the warning starts at 80 %
            70   | LIDOCAINE_1:24                         | LIDOCAINE_1=240/300                          | DOSE_NEAR_LIMIT                  | true
            # 10 x 30 = 300 mg = 100 % of 300: at the limit is still signable
            70   | LIDOCAINE_1:10 LIDOCAINE_1:10 LIDOCAINE_1:10 | LIDOCAINE_1=300/300                     | DOSE_NEAR_LIMIT                  | true
            # 10 x 30.01 = 300.1 mg > 300: blocked
            70   | LIDOCAINE_1:30.01                      | LIDOCAINE_1=300.1/300                        | DOSE_OVER_LIMIT                  | false
            # weight decides: max min(4.5 x 50 = 225, 300) = 225; 10 x 20 = 200 mg; 200/225 = 88.9 %
            50   | LIDOCAINE_1:20                         | LIDOCAINE_1=200/225                          | DOSE_NEAR_LIMIT                  | true
            # 20 mg/mL x 11.3 = 226 mg > 225 (50 kg)
            50   | LIDOCAINE_2:11.3                       | LIDOCAINE_2=226/225                          | DOSE_OVER_LIMIT                  | false
            # 4.5 x 45.5 = 204.75 mg max; 10 x 20.475 = 204.75 mg: exactly 100 %, no rounding
            45.5 | LIDOCAINE_1:20.475                     | LIDOCAINE_1=204.75/204.75                    | DOSE_NEAR_LIMIT                  | true
            # 4.5 x 45.5 = 204.75 max; 10 x 20.476 = 204.76 mg: 0.01 mg over
            45.5 | LIDOCAINE_1:20.476                     | LIDOCAINE_1=204.76/204.75                    | DOSE_OVER_LIMIT                  | false
            # 5 mg/mL x 4 = 20 mg; 4.5 x 72.5 = 326.25 > 300, so the cap: 300
            72.5 | LIDOCAINE_05:4                         | LIDOCAINE_05=20/300                          |                                  | true
            # bupivacaine has no mg/kg: max 175 whatever the weight; 2.5 x 70 = 175 mg = 100 %
            60   | BUPIVACAINE_025:70                     | BUPIVACAINE_025=175/175                      | DOSE_NEAR_LIMIT                  | true
            # 5 mg/mL x 35.2 = 176 mg > 175
            120  | BUPIVACAINE_05:35.2                    | BUPIVACAINE_05=176/175                       | DOSE_OVER_LIMIT                  | false
            # 10 x 15 = 150 mg (150/300 = 0.5) + 2.5 x 35 = 87.5 mg (87.5/175 = 0.5): sum 1.0, mixed bupivacaine
            70   | LIDOCAINE_1:15 BUPIVACAINE_025:35      | LIDOCAINE_1=150/300 BUPIVACAINE_025=87.5/175 | COMBINED_NEAR_LIMIT BUPIVACAINE_MIXED | true
            # 151/300 + 87.5/175 = 0.50333 + 0.5 = 1.00333 > 1: each alone is about half, together over
            70   | LIDOCAINE_1:15.1 BUPIVACAINE_025:35    | LIDOCAINE_1=151/300 BUPIVACAINE_025=87.5/175 | COMBINED_OVER_LIMIT BUPIVACAINE_MIXED | false
            # 5 x 20 = 100 mg + 20 x 10 = 200 mg of lidocaine: 100/300 + 200/300 = 1.0; one substance, no mixing
            70   | LIDOCAINE_05:20 LIDOCAINE_2:10         | LIDOCAINE_05=100/300 LIDOCAINE_2=200/300     | COMBINED_NEAR_LIMIT              | true
            # 1/300 + 200/300 = 0.67: no combined warning below 80 %
            70   | LIDOCAINE_05:0.2 LIDOCAINE_2:10        | LIDOCAINE_05=1/300 LIDOCAINE_2=200/300       |                                  | true
            # the usual mixture: lidocaine 1 % 4 mL (40 mg) + triamcinolone 40 mg/mL 1 mL (40 mg, no limit)
            80   | LIDOCAINE_1:4 TRIAMCINOLONE_40:1       | LIDOCAINE_1=40/300 TRIAMCINOLONE_40=40/-     |                                  | true
            # bupivacaine 0.25 % 5 mL (12.5 mg) + triamcinolone 1 mL (40 mg): a steroid is not a local anesthetic
            80   | BUPIVACAINE_025:5 TRIAMCINOLONE_40:1   | BUPIVACAINE_025=12.5/175 TRIAMCINOLONE_40=40/- |                                | true
            # no weight, an agent with a limit: nothing is computed and the session is blocked
                 | LIDOCAINE_1:4                          | LIDOCAINE_1=40/-                             | NO_WEIGHT                        | false
            # no weight, but only saline (0 mg/mL, no limit): nothing to check
                 | SALINE_09:5 SALINE_09:5                | SALINE_09=0/-                                |                                  | true
            # dexamethasone 4 mg/mL x 2 = 8 mg; saline 3 mL; no limits
            70   | DEXAMETHASONE_4:2 SALINE_09:3          | DEXAMETHASONE_4=8/- SALINE_09=0/-            |                                  | true
            # an agent the formulary does not know blocks signing
            70   | PROCAINE_05:2                          |                                              | UNKNOWN_AGENT                    | false
            """)
    void handCheckedCases(BigDecimal kg, String volumes, String totals, String notices, boolean signable) {
        var report = DoseRules.evaluate(FormularyFixtures.seeded(), weight(kg), volumes(volumes), WORDS);

        assertThat(report.totals()).extracting(DoseRulesTest::describe).containsExactly(split(totals));
        assertThat(report.notices()).extracting(DoseNotice::code).containsExactly(split(notices));
        assertThat(report.blocksSigning()).isEqualTo(!signable);
        assertThat(report.notices()).allSatisfy(notice -> {
            assertThat(notice.message()).isNotBlank().doesNotContain("{");
            assertThat(notice.source()).isNotBlank();
        });
    }

    @Test
    void sharesAreReportedAgainstThisPatientsMaximum() {
        // 10 x 24 = 240 mg of max min(4.5 x 60 = 270, 300) = 270: 240/270 = 0.888...
        var report = DoseRules.evaluate(FormularyFixtures.seeded(), weight(new BigDecimal("60")),
                volumes("LIDOCAINE_1:24"), WORDS);

        var total = report.totals().get(0);
        assertThat(total.volume()).isEqualTo(Millilitres.of("24"));
        assertThat(total.share().orElseThrow()).isCloseTo(new BigDecimal("0.8888888888"),
                org.assertj.core.api.Assertions.within(new BigDecimal("1e-9")));
        assertThat(report.combinedAnestheticShare()).isEqualTo(total.share());
        assertThat(report.notices().get(0).message()).contains("240 mg", "270 mg", "88.8 %", "80 %");
    }

    @Test
    void aShareJustOverTheLimitNeverReadsAsOneHundredPercent() {
        // 10 x 30.001 = 300.01 mg of 300: 100.003 % shown rounded up as 100.1 %
        var report = DoseRules.evaluate(FormularyFixtures.seeded(), weight(new BigDecimal("70")),
                volumes("LIDOCAINE_1:30.001"), WORDS);

        assertThat(report.notices().get(0).message()).contains("100.1 %").doesNotContain("(100 %)");
    }

    @Test
    void withoutAWeightNoShareIsComputedAndTheReasonIsGiven() {
        var report = DoseRules.evaluate(FormularyFixtures.seeded(), Optional.empty(),
                volumes("LIDOCAINE_1:4 BUPIVACAINE_025:4"), WORDS);

        assertThat(report.totals()).allSatisfy(t -> {
            assertThat(t.maximum()).isEmpty();
            assertThat(t.share()).isEmpty();
        });
        assertThat(report.combinedAnestheticShare()).isEmpty();
        assertThat(report.notices().get(0).message()).contains("weight");
        assertThat(report.notices().get(0).source()).contains("Xylocaine", "Bupivacaine");
    }

    @Test
    void totalsFollowTheFormularyOrderAndTheReportNamesItsVersion() {
        var report = DoseRules.evaluate(FormularyFixtures.seeded(), weight(new BigDecimal("70")),
                volumes("SALINE_09:1 TRIAMCINOLONE_40:1 LIDOCAINE_1:1"), WORDS);

        assertThat(report.totals()).extracting(AgentTotal::agentCode)
                .containsExactly("LIDOCAINE_1", "TRIAMCINOLONE_40", "SALINE_09");
        assertThat(report.formularyVersion()).isEqualTo(1);
    }

    @Test
    void noVolumesNoNotices() {
        DoseReport report = DoseRules.evaluate(FormularyFixtures.seeded(), Optional.empty(), List.of(), WORDS);

        assertThat(report.totals()).isEmpty();
        assertThat(report.notices()).isEmpty();
        assertThat(report.blocksSigning()).isFalse();
    }

    static Optional<Kilograms> weight(BigDecimal kg) {
        return Optional.ofNullable(kg).map(Kilograms::new);
    }

    static List<AgentVolume> volumes(String text) {
        var volumes = new ArrayList<AgentVolume>();
        for (var part : split(text)) {
            var codeAndVolume = part.split(":");
            volumes.add(new AgentVolume(codeAndVolume[0], Millilitres.of(codeAndVolume[1])));
        }
        return volumes;
    }

    private static String[] split(String text) {
        return text == null ? new String[0] : Arrays.stream(text.trim().split("\\s+")).toArray(String[]::new);
    }

    private static String describe(AgentTotal total) {
        return total.agentCode() + "=" + total.amount().value().stripTrailingZeros().toPlainString() + "/"
                + total.maximum().map(m -> m.value().stripTrailingZeros().toPlainString()).orElse("-");
    }
}
