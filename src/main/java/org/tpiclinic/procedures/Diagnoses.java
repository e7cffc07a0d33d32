package org.tpiclinic.procedures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ICD-10-CM codes a session may be documented under (clinical reference §4.4), read at start from the
 * versioned data file {@code procedures/diagnoses.csv}, each with our own short description and whether the
 * reference verified the code number.
 */
@Component
public class Diagnoses {

    /** One code of the list; {@code verified} is false where the reference inferred the code number. */
    public record Diagnosis(String code, String description, boolean verified) {
    }

    private final String version;
    private final Map<String, Diagnosis> byCode;

    Diagnoses() {
        this("procedures/diagnoses.csv");
    }

    Diagnoses(String path) {
        var rows = new ArrayList<String[]>();
        String fileVersion = null;
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line : reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                String[] cells = line.split("\\|", -1);
                if (fileVersion == null) {
                    fileVersion = cells[1].trim();
                } else if (!"code".equals(cells[0])) {
                    if (cells.length != 3) {
                        throw new IllegalStateException(path + ": a row needs code|description|verified: " + line);
                    }
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + " could not be read", e);
        }
        var codes = new LinkedHashMap<String, Diagnosis>();
        for (String[] r : rows) {
            if (codes.put(r[0].trim(), new Diagnosis(r[0].trim(), r[1].trim(), "yes".equals(r[2].trim()))) != null) {
                throw new IllegalStateException(path + ": " + r[0] + " appears twice");
            }
        }
        this.version = fileVersion;
        this.byCode = Collections.unmodifiableMap(codes);
    }

    public String version() {
        return version;
    }

    /** Every code in file order. */
    public List<Diagnosis> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Diagnosis> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }
}
