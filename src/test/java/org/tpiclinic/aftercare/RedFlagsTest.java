package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpiclinic.aftercare.CheckInAnswers.Soreness;
import org.tpiclinic.aftercare.RedFlags.Answer;

/** The red-flag rules of aftercare/red-flags.csv, answer by answer (pain before the session: 5). */
class RedFlagsTest {

    static final RedFlags FLAGS = new RedFlags();

    @ParameterizedTest(name = "pain {0}, {1}, bruising {2}, fever {3}, redness {4}, breathing {5}: {6}")
    @CsvSource({
            "3, MILD,     false, false, false, false, NONE,      ''",
            "5, SEVERE,   true,  false, false, false, NONE,      ''",
            "6, MILD,     false, false, false, false, CALL,      PAIN_WORSE",
            "2, MILD,     false, true,  false, false, CALL,      FEVER",
            "2, MILD,     false, false, true,  false, CALL,      REDNESS",
            "2, NONE,     false, false, false, true,  EMERGENCY, BREATHING",
            "9, MODERATE, true,  true,  true,  true,  EMERGENCY, BREATHING FEVER REDNESS PAIN_WORSE" })
    void eachAnswerHasItsUrgency(int pain, Soreness soreness, boolean bruising, boolean fever, boolean redness,
            boolean breathing, Urgency urgency, String reasons) {
        var result = FLAGS.assess(new CheckInAnswers(pain, soreness, bruising, fever, redness, breathing), 5);
        assertThat(result.urgency()).isEqualTo(urgency);
        assertThat(result.reasons()).containsExactlyElementsOf(reasons.isBlank() ? List.of()
                : java.util.Arrays.stream(reasons.split(" ")).map(Answer::valueOf).toList());
    }

    @ParameterizedTest
    @CsvSource({ "-1", "11" })
    void painOutsideZeroToTenIsRefused(int pain) {
        assertThatThrownBy(() -> new CheckInAnswers(pain, Soreness.NONE, false, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({ "BREATHING", "FEVER", "REDNESS", "PAIN_WORSE" })
    void everyRuleNamesItsSource(Answer answer) {
        assertThat(FLAGS.source(answer)).contains("Clinical reference 7.");
    }
}
