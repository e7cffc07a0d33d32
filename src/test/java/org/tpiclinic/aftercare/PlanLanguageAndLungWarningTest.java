package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpiclinic.assessment.AtlasMuscle;

/** The plan's language from the chart's free text, and which atlas muscles bring the lung warning. */
class PlanLanguageAndLungWarningTest {

    @ParameterizedTest
    @CsvSource({ "English, en", "Spanish, es", "Español, es", " espanol , es", "es, es", "ES, es", "French, en",
            "fr, en", "'', en" })
    void thePreferredLanguageMapsToATranslationOrEnglish(String preferred, String code) {
        assertThat(PlanLanguage.code(preferred, List.of("en", "es"))).isEqualTo(code);
    }

    @Test
    void noPreferredLanguageOrAnIncompleteTranslationIsEnglish() {
        assertThat(PlanLanguage.code(null, List.of("en", "es"))).isEqualTo("en");
        assertThat(PlanLanguage.code("Spanish", List.of("en"))).isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource({ "NECK, false, true", "CHEST, false, true", "UPPER_BACK, false, true", "SHOULDER, true, true",
            "SHOULDER, false, false", "LOW_BACK, false, false", "HIP, false, false" })
    void theLungWarningFollowsTheAtlasColumnAndTheRegionsNearTheLung(String region, boolean nearThorax,
            boolean warns) {
        var muscle = new AtlasMuscle("X", "X", region, null, nearThorax, List.of(), List.of(), List.of(), "", "", "");
        assertThat(lungWarning(Set.of("NECK", "CHEST", "UPPER_BACK")).nearLung(muscle)).isEqualTo(warns);
    }

    @Test
    void aPracticeThatListsNoRegionsWarnsOnlyForMusclesTheAtlasMarksNearTheThorax() {
        var neck = new AtlasMuscle("X", "X", "NECK", null, false, List.of(), List.of(), List.of(), "", "", "");
        assertThat(lungWarning(Set.of()).nearLung(neck)).isFalse();
        assertThat(lungWarning(Set.of("LOW_BACK")).nearLung(new AtlasMuscle("Y", "Y", "LOW_BACK", null, false,
                List.of(), List.of(), List.of(), "", "", ""))).isTrue();
    }

    private static LungWarning lungWarning(Set<String> regions) {
        return new LungWarning(null, new AftercareSettings(List.of(1, 7, 14), 9, Duration.ofDays(5), 7, 14,
                "FOLLOW_UP", "http://localhost", regions));
    }
}
