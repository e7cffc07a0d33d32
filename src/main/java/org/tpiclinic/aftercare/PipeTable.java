package org.tpiclinic.aftercare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A data file of the module: {@code #} comments, a {@code version|…} line, a header, then rows split on {@code |}. */
record PipeTable(String version, List<Map<String, String>> rows) {

    static PipeTable read(String path) {
        var in = PipeTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the application");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String version = null;
            String[] header = null;
            var rows = new ArrayList<Map<String, String>>();
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (version == null && cells[0].equals("version")) {
                    version = cells[1].strip();
                } else if (header == null) {
                    header = cells;
                } else if (cells.length != header.length) {
                    throw new IllegalStateException(path + ": " + header.length + " cells expected in " + line);
                } else {
                    var row = new LinkedHashMap<String, String>();
                    for (int i = 0; i < header.length; i++) {
                        row.put(header[i].strip(), cells[i].strip());
                    }
                    rows.add(row);
                }
            }
            return new PipeTable(version, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
