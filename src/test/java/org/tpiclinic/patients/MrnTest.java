package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrnTest {

    @Test
    void carriesACheckDigitThatCatchesATypo() {
        String mrn = Mrn.of(100001);
        assertThat(mrn).hasSize(7).startsWith("100001");
        assertThat(Mrn.isValid(mrn)).isTrue();
        for (int i = 0; i < mrn.length(); i++) {
            char wrong = (char) ('0' + (mrn.charAt(i) - '0' + 1) % 10);
            String typo = mrn.substring(0, i) + wrong + mrn.substring(i + 1);
            assertThat(Mrn.isValid(typo)).as(typo).isFalse();
        }
    }

    @Test
    void rejectsNonNumbers() {
        assertThat(Mrn.isValid("abc1234")).isFalse();
        assertThat(Mrn.isValid(null)).isFalse();
    }
}
