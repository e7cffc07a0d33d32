package org.tpiclinic.assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * A versioned data file of this module: comment lines start with {@code #}, then {@code version;<version>}, a
 * header row, and rows of |-separated cells, each row checked to have as many cells as the header.
 */
record DataFile(String name, String version, List<String> header, List<String[]> rows) {

    static DataFile read(String path) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            var lines = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (lines.size() < 2 || !lines.get(0).startsWith("version|")) {
                throw new IllegalStateException(path + " must start with a version line and a header");
            }
            String version = lines.get(0).substring("version|".length()).trim();
            var header = Arrays.asList(lines.get(1).split("\\|", -1));
            var rows = new ArrayList<String[]>();
            for (int i = 2; i < lines.size(); i++) {
                String[] cells = lines.get(i).split("\\|", -1);
                if (cells.length != header.size()) {
                    throw new IllegalStateException(path + ": row " + (i - 1) + " has " + cells.length
                            + " cells, the header " + header.size() + ": " + lines.get(i));
                }
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cells[c].trim();
                }
                rows.add(cells);
            }
            return new DataFile(path, version, List.copyOf(header), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(path + " could not be read", e);
        }
    }

    /** The cell of {@code row} under the header {@code column}; a missing column stops the application. */
    String cell(String[] row, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException(name + " has no column " + column);
        }
        return row[index];
    }

    static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.trim().split("\\s+"));
    }
}
