package org.tpiclinic.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.screening.Answer;

/**
 * A review stays valid while the facts' fingerprint is unchanged, and reviews made before intake answers were an
 * {@link Answer} hold fingerprints of facts read as Booleans. The expected values were computed by that older code
 * for the same facts (true, false and null answers): the enum must not invalidate a single stored review.
 */
class FingerprintStabilityTest {

    @Test
    void factsAnsweredYesNoOrNotAtAllKeepTheFingerprintTheyHadAsBooleans() {
        assertThat(Fixtures.clean().fingerprint())
                .isEqualTo("05b20c313618f7be8a8a10df9043c7f56746a98bb537e4995cd1c176b2c06c81");
        assertThat(mixed(Answer.NOT_ANSWERED).fingerprint())
                .isEqualTo("c8605330f5b65043c9a37ac04638211cf2130cc22d439c2dbc1805a662de71c0");
        var notAsked = new ScreeningFacts(List.of(), Answer.NOT_ANSWERED, List.of(), Flag.NO, Flag.NO, Flag.NO,
                Flag.NO, Flag.NO, Flag.NO, Flag.NO, new BigDecimal("72.50"), Fixtures.TODAY, 8);
        assertThat(notAsked.fingerprint())
                .isEqualTo("010b3a6295d76e771815d3fb2b0c71c8d929a53389ce031c67b15db799fd117e");
    }

    @Test
    void unsureIsAFactOfItsOwn() {
        assertThat(mixed(Answer.UNSURE).fingerprint()).isNotEqualTo(mixed(Answer.NOT_ANSWERED).fingerprint())
                .isNotEqualTo(mixed(Answer.NO).fingerprint());
    }

    /** Facts with answers of every kind; {@code open} stands where the older facts had unanswered questions. */
    private static ScreeningFacts mixed(Answer open) {
        return new ScreeningFacts(List.of(new KnownAllergy("Latex", AllergyClass.LATEX, true)), Answer.YES,
                List.of("Warfarin (anticoagulant)"), new Flag(false, Answer.YES), new Flag(true, open),
                new Flag(false, open), new Flag(false, Answer.NO), new Flag(true, Answer.YES), Flag.NO,
                new Flag(false, open), null, null, null, List.of("Zzz"), new Flag(false, Answer.YES), "hives",
                new Flag(true, Answer.NO), new Flag(false, open), new Flag(false, Answer.YES));
    }
}
