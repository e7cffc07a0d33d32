package org.tpiclinic.outcomes;

/** Reaches the CSV cell rule of the web package for {@link PracticeOutcomesTests}. */
final class PracticeCsv {

    private PracticeCsv() {
    }

    static String cell(String text) {
        return org.tpiclinic.outcomes.web.CsvCells.cell(text);
    }
}
