package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every muscle of the atlas has a stretch in English and Spanish, and a Spanish name; no stretch names a muscle the atlas lacks. */
class StretchesTest {

    @Test
    void everyAtlasMuscleHasAStretchInEachLanguageAndNothingElseHasOne() throws IOException {
        var stretches = new Stretches();
        assertThat(stretches.muscles()).containsExactlyInAnyOrderElementsOf(atlasMuscles());
        for (String muscle : atlasMuscles()) {
            assertThat(stretches.of(muscle, "en")).as(muscle).get().asString().hasSizeGreaterThan(40);
            assertThat(stretches.of(muscle, "es")).as(muscle).get().asString().hasSizeGreaterThan(40)
                    .isNotEqualTo(stretches.of(muscle, "en").orElseThrow());
            assertThat(stretches.name(muscle, "es", "?")).as(muscle).isNotEqualTo("?");
        }
    }

    @Test
    void aLanguageWithoutATranslationFallsBackToEnglishAndTheAtlasName() {
        var stretches = new Stretches();
        assertThat(stretches.of("SOLEUS", "fr")).isEqualTo(stretches.of("SOLEUS", "en"));
        assertThat(stretches.name("SOLEUS", "fr", "Soleus")).isEqualTo("Soleus");
        assertThat(stretches.of("NO_SUCH_MUSCLE", "en")).isEmpty();
    }

    static Set<String> atlasMuscles() throws IOException {
        try (InputStream in = StretchesTest.class.getResourceAsStream("/assessment/atlas.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("version|") && !l.startsWith("code|")
                            && !l.isBlank())
                    .map(l -> l.substring(0, l.indexOf('|'))).collect(Collectors.toSet());
        }
    }
}
