package org.tpiclinic.aftercare;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * A home stretch per atlas muscle, in our own words, in each language the file has ({@code aftercare/stretches.csv},
 * keyed by the atlas muscle code), and the muscle's name in the languages other than English.
 */
@Component
public class Stretches {

    static final String FILE = "/aftercare/stretches.csv";

    private final Map<String, Map<String, String>> byMuscle = new HashMap<>();

    Stretches() {
        for (var row : PipeTable.read(FILE).rows()) {
            var texts = new HashMap<>(row);
            String code = texts.remove("code");
            texts.values().removeIf(String::isBlank);
            byMuscle.put(code, Map.copyOf(texts));
        }
    }

    /** The stretch for the muscle in the language, else in English; empty for a muscle the file does not list. */
    public Optional<String> of(String muscleCode, String language) {
        var texts = byMuscle.getOrDefault(muscleCode, Map.of());
        return Optional.ofNullable(texts.getOrDefault(language, texts.get("en")));
    }

    /** The muscle's name in the language, or the atlas's (English) name. */
    public String name(String muscleCode, String language, String atlasName) {
        return byMuscle.getOrDefault(muscleCode, Map.of()).getOrDefault("name_" + language, atlasName);
    }

    public Set<String> muscles() {
        return byMuscle.keySet();
    }
}
