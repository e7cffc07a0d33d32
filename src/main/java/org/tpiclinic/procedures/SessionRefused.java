package org.tpiclinic.procedures;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input a session cannot take, by field ({@code sites[2].volume}), in words a clinician can act on. Nothing was
 * stored. Answered with 400.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class SessionRefused extends RuntimeException {

    private final transient Map<String, String> problems;

    public SessionRefused(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public SessionRefused(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
