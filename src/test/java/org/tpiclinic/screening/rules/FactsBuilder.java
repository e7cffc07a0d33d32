package org.tpiclinic.screening.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.screening.Answer;

/** Starts from {@link Fixtures#clean()} and changes one fact at a time. */
final class FactsBuilder {

    List<KnownAllergy> allergies = new ArrayList<>();
    Answer allergiesAnswered = Answer.NO;
    List<String> thinners = new ArrayList<>();
    Flag thinnerReported = Flag.NO, bleeding = Flag.NO, infection = Flag.NO, pregnancy = Flag.NO,
            diabetes = Flag.NO, needleFear = Flag.NO, priorProblem = Flag.NO;
    BigDecimal weight = new BigDecimal("72.5");
    LocalDate weighedOn = Fixtures.TODAY.minusDays(10);
    Integer careWeeks = 8;

    FactsBuilder allergy(String substance, AllergyClass cls) {
        allergies.add(new KnownAllergy(substance, cls, false));
        allergiesAnswered = Answer.YES;
        return this;
    }

    ScreeningFacts build() {
        return new ScreeningFacts(allergies, allergiesAnswered, thinners, thinnerReported, bleeding, infection,
                pregnancy, diabetes, needleFear, priorProblem, weight, weighedOn, careWeeks);
    }
}
