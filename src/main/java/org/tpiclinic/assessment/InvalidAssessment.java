package org.tpiclinic.assessment;

import java.util.Map;

/**
 * What was wrong with a drawing or a finding, field by field (field name → a message a person can act on).
 * Nothing was saved.
 */
public class InvalidAssessment extends IllegalArgumentException {

    private final transient Map<String, String> problems;

    public InvalidAssessment(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
