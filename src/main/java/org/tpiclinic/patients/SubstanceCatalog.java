package org.tpiclinic.patients;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one curated substance catalogue every module uses: medications, local anaesthetics, preservatives and other
 * allergens, each with its class (amide or ester local anaesthetic, paraben, sulfite, latex, corticosteroid,
 * anticoagulant, antiplatelet, NSAID), the brand names and spellings people type, and the source of the class.
 * It is data ({@code patients/substance-catalog.csv}) a clinic can extend.
 * <p>
 * Free text is matched the way patients and staff write it: any case, with dose text ("3mg", "81 mg daily"), a
 * brand in brackets ("warfarin (Coumadin) 3mg"), and common misspellings (one letter off, or two in a long word).
 * A text that matches nothing, or two entries equally well, has no match: the clinician maps it.
 */
@Component
public class SubstanceCatalog {

    /**
     * One substance of the catalogue.
     *
     * @param allergyClass what an allergy to it means for the injectate ({@link AllergyClass#OTHER}: no rule)
     * @param drugClass    what taking it means ({@link DrugClass#OTHER}: no rule)
     */
    public record Entry(String name, String catalogueClass, AllergyClass allergyClass, DrugClass drugClass,
            List<String> alsoKnownAs, String source) {
    }

    /** A substance found in a text, and the words of the text that named it. */
    public record Match(Entry entry, String matchedText, boolean exact) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byKey;

    SubstanceCatalog() {
        this("patients/substance-catalog.csv");
    }

    SubstanceCatalog(String resource) {
        this.entries = load(resource);
        this.byKey = index(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry whose name or other name is exactly {@code name} (ignoring case, spaces and hyphens). */
    public Optional<Entry> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(SubstanceText.key(name)));
    }

    /** The one substance a short text (one line of a list) names, if it names exactly one. */
    public Optional<Match> match(String text) {
        var found = matchAll(text);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every substance a free text names ("warfarin 3mg, aspirin 81 mg daily"), each once, in order. */
    public List<Match> matchAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var found = new ArrayList<Match>();
        var seen = new LinkedHashSet<String>();
        for (var part : SubstanceText.parts(text)) {
            for (var match : matchPart(part)) {
                if (seen.add(match.entry().name())) {
                    found.add(match);
                }
            }
        }
        return found;
    }

    private List<Match> matchPart(List<String> words) {
        var found = new ArrayList<Match>();
        int i = 0;
        while (i < words.size()) {
            Match best = null;
            int used = 0;
            for (int n = Math.min(4, words.size() - i); n >= 1 && best == null; n--) {
                var phrase = String.join(" ", words.subList(i, i + n));
                var exact = byKey.get(SubstanceText.key(phrase));
                if (exact != null) {
                    best = new Match(exact, phrase, true);
                    used = n;
                }
            }
            if (best == null) {
                best = closest(words.get(i)).orElse(null);
                used = 1;
            }
            if (best != null) {
                found.add(best);
            }
            i += used;
        }
        return found;
    }

    /** The single entry a word is a near-miss of; none when two entries are equally near. */
    private Optional<Match> closest(String word) {
        int allowed = SubstanceText.allowedTypos(word);
        if (allowed == 0) {
            return Optional.empty();
        }
        String wordKey = SubstanceText.key(word);
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (var e : byKey.entrySet()) {
            if (Math.abs(e.getKey().length() - wordKey.length()) > allowed) {
                continue;
            }
            int d = SubstanceText.distance(wordKey, e.getKey());
            if (d > allowed) {
                continue;
            }
            if (d < bestDistance) {
                best = e.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && best != e.getValue()) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(new Match(best, word, false));
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        var index = new HashMap<String, Entry>();
        for (var entry : entries) {
            var names = new ArrayList<String>();
            names.add(entry.name());
            names.addAll(entry.alsoKnownAs());
            for (var name : names) {
                var previous = index.put(SubstanceText.key(name), entry);
                if (previous != null && previous != entry) {
                    throw new IllegalStateException("The substance catalogue names \"" + name + "\" twice: under "
                            + previous.name() + " and " + entry.name());
                }
            }
        }
        return Map.copyOf(index);
    }

    private static List<Entry> load(String resourceName) {
        var resource = new ClassPathResource(resourceName);
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(),
                StandardCharsets.UTF_8))) {
            var list = new ArrayList<Entry>();
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("name,"))
                    .forEach(line -> list.add(entry(line)));
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("The substance catalogue could not be read", e);
        }
    }

    private static Entry entry(String line) {
        String[] cells = line.split(",", 4);
        if (cells.length < 4) {
            throw new IllegalStateException("A substance catalogue line needs name,class,also_known_as,source: "
                    + line);
        }
        String cls = cells[1].trim();
        var aliases = Arrays.stream(cells[2].split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Entry(cells[0].trim(), cls, allergyClass(cls), drugClass(cls), aliases, cells[3].trim());
    }

    private static AllergyClass allergyClass(String cls) {
        return Arrays.stream(AllergyClass.values()).filter(c -> c.name().equals(cls)).findFirst()
                .orElse(AllergyClass.OTHER);
    }

    private static DrugClass drugClass(String cls) {
        var drug = Arrays.stream(DrugClass.values()).filter(c -> c.name().equals(cls)).findFirst();
        if (drug.isEmpty() && Arrays.stream(AllergyClass.values()).noneMatch(c -> c.name().equals(cls))) {
            throw new IllegalStateException("Unknown class in the substance catalogue: " + cls);
        }
        return drug.orElse(DrugClass.OTHER);
    }
}
