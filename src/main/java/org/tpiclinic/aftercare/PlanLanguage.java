package org.tpiclinic.aftercare;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** The language code of a plan from the preferred language on the chart (free text), where texts exist in it. */
final class PlanLanguage {

    private static final Map<String, String> NAMES = Map.of("english", "en", "en", "en", "ingles", "en",
            "spanish", "es", "espanol", "es", "es", "es", "castellano", "es");

    private PlanLanguage() {
    }

    static String code(String preferred, Collection<String> available) {
        if (preferred == null) {
            return AftercareTexts.FALLBACK;
        }
        String folded = Normalizer.normalize(preferred.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String code = NAMES.getOrDefault(folded, folded.length() == 2 ? folded : AftercareTexts.FALLBACK);
        return available.contains(code) ? code : AftercareTexts.FALLBACK;
    }
}
