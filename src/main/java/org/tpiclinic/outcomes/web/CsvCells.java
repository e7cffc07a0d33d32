package org.tpiclinic.outcomes.web;

/** CSV cells that a spreadsheet reads as text. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Quoted, and a leading = + - @ tab or return neutralised so a spreadsheet does not run it as a formula. */
    public static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
