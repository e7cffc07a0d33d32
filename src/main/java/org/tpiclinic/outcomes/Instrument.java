package org.tpiclinic.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire defined as data (table {@code outcome_instruments} with its items and answer options): the
 * three built in (pain 0-10, LOINC 72514-3; the Patient-Specific Functional Scale; the Patient Global Impression
 * of Change) and any a practice adds. {@link #score} checks the answers and scores them.
 *
 * @param scoring how the items make the score: the one item, their sum or their mean
 * @param better  whether a LOWER or a HIGHER score is better
 */
public record Instrument(String code, String name, String loinc, Scoring scoring, String better,
        BigDecimal minScore, BigDecimal maxScore, boolean atBaseline, boolean atFollowUp, boolean builtIn,
        String source, List<Item> items) {

    public static final String PAIN = "PAIN_NRS";
    public static final String FUNCTION = "PSFS";
    public static final String GLOBAL_CHANGE = "PGIC";

    public enum Scoring {
        SINGLE, SUM, MEAN
    }

    public Instrument {
        items = List.copyOf(items);
    }

    /**
     * One question. {@code namedByPatient}: the patient names what is rated (an activity of the PSFS), so the
     * answer carries a label.
     */
    public record Item(String code, int position, String text, int min, int max, boolean required,
            boolean namedByPatient, List<Option> options) {
        public Item {
            options = List.copyOf(options);
        }
    }

    /** A labelled answer of an item (the seven of the PGIC). */
    public record Option(int value, String label) {
    }

    /** One answer as given: the item, the value typed or chosen (text, to report what was wrong), a label. */
    public record Answer(String item, String value, String label) {
    }

    /** An item's checked answer. */
    public record Scored(String item, int value, String label) {
    }

    /**
     * Checks each answer against its item (a whole number in range, a name where the patient names the activity)
     * and scores the answered items. Unanswered optional items are skipped; problems come back keyed
     * {@code <instrument>.<item>} with a message a person can act on, and nothing is scored.
     */
    public Result score(List<Answer> answers) {
        var problems = new LinkedHashMap<String, String>();
        var scored = new java.util.ArrayList<Scored>();
        for (Item item : items) {
            var answer = answers.stream().filter(a -> a.item().equals(item.code())).findFirst().orElse(null);
            String value = answer == null || answer.value() == null ? "" : answer.value().trim();
            String label = answer == null || answer.label() == null ? "" : answer.label().trim();
            String key = code + "." + item.code();
            if (value.isEmpty() && (label.isEmpty() || !item.namedByPatient())) {
                if (item.required()) {
                    problems.put(key, "Please answer this question.");
                }
                continue;
            }
            Integer number = parse(value);
            if (number == null || number < item.min() || number > item.max()) {
                problems.put(key, "Choose a whole number from " + item.min() + " to " + item.max() + ".");
            } else if (item.namedByPatient() && label.isEmpty()) {
                problems.put(key, "Name the activity you are rating.");
            } else if (label.length() > 120) {
                problems.put(key, "Keep the activity's name under 120 characters.");
            } else if (!item.options().isEmpty() && item.options().stream().noneMatch(o -> o.value() == number)) {
                problems.put(key, "Choose one of the answers.");
            } else {
                scored.add(new Scored(item.code(), number, item.namedByPatient() ? label : null));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.of(), problems);
        }
        if (scored.isEmpty()) {
            return new Result(null, List.of(), Map.of());
        }
        int sum = scored.stream().mapToInt(Scored::value).sum();
        BigDecimal score = switch (scoring) {
        case SINGLE, SUM -> BigDecimal.valueOf(sum);
        case MEAN -> BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
        };
        return new Result(score, List.copyOf(scored), Map.of());
    }

    /** A score (null when nothing was answered or there are problems), the answers kept, and the problems. */
    public record Result(BigDecimal score, List<Scored> answers, Map<String, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static Integer parse(String text) {
        if (text.length() > 3) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
