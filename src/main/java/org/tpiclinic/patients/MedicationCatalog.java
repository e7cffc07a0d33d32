package org.tpiclinic.patients;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The curated list of medications staff choose from, each with its {@link DrugClass}. It is data
 * ({@code patients/medication-catalog.csv}) with the source of each class, so a clinic can extend it.
 */
@Component
public class MedicationCatalog {

    /** One medication of the list. */
    public record Entry(String name, DrugClass drugClass, String source) {
    }

    private final List<Entry> entries;

    MedicationCatalog() {
        this.entries = load();
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static List<Entry> load() {
        var resource = new ClassPathResource("patients/medication-catalog.csv");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(),
                StandardCharsets.UTF_8))) {
            var list = new ArrayList<Entry>();
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("name,"))
                    .forEach(line -> {
                        String[] cells = line.split(",", 3);
                        list.add(new Entry(cells[0].trim(), DrugClass.valueOf(cells[1].trim()), cells[2].trim()));
                    });
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("The medication catalog could not be read", e);
        }
    }
}
