package org.tpiclinic.aftercare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Which check-in answers are red flags and how urgent each is, read from {@code aftercare/red-flags.csv} (data with
 * its sources, which a practice changes there; decision 33). The software flags and tells the patient what to do;
 * a clinician on the worklist decides what happens next.
 */
@Component
public class RedFlags {

    /** The answers that can raise a flag. */
    public enum Answer {
        BREATHING, FEVER, REDNESS, PAIN_WORSE, BRUISING, SEVERE_SORENESS
    }

    /** The result: the highest urgency and the answers that raised a flag, most urgent first. */
    public record Assessment(Urgency urgency, List<Answer> reasons) {
    }

    private final Map<Answer, Urgency> urgencies = new EnumMap<>(Answer.class);
    private final Map<Answer, String> sources = new EnumMap<>(Answer.class);
    private final String version;

    RedFlags() {
        var table = PipeTable.read("/aftercare/red-flags.csv");
        for (var row : table.rows()) {
            var answer = Answer.valueOf(row.get("answer"));
            urgencies.put(answer, Urgency.valueOf(row.get("urgency")));
            sources.put(answer, row.get("source"));
        }
        for (var answer : Answer.values()) {
            if (!urgencies.containsKey(answer)) {
                throw new IllegalStateException("aftercare/red-flags.csv has no line for " + answer);
            }
        }
        version = table.version();
    }

    public Assessment assess(CheckInAnswers answers, int painBefore) {
        var raised = new ArrayList<Answer>();
        add(raised, answers.breathing(), Answer.BREATHING);
        add(raised, answers.fever(), Answer.FEVER);
        add(raised, answers.redness(), Answer.REDNESS);
        add(raised, answers.pain() > painBefore, Answer.PAIN_WORSE);
        add(raised, answers.bruising(), Answer.BRUISING);
        add(raised, answers.soreness() == CheckInAnswers.Soreness.SEVERE, Answer.SEVERE_SORENESS);
        var flagged = raised.stream().filter(a -> urgencies.get(a).redFlag())
                .sorted((a, b) -> urgencies.get(b).compareTo(urgencies.get(a))).toList();
        var urgency = flagged.isEmpty() ? Urgency.NONE : urgencies.get(flagged.get(0));
        return new Assessment(urgency, flagged);
    }

    public String source(Answer answer) {
        return sources.get(answer);
    }

    public String version() {
        return version;
    }

    private static void add(List<Answer> raised, boolean yes, Answer answer) {
        if (yes) {
            raised.add(answer);
        }
    }
}
