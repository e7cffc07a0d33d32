package org.tpiclinic.procedures;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A session that cannot be signed yet, with every reason (something missing, or unsafe). Nothing was stored.
 * Answered with 400: the clinician completes or corrects the session and signs again.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class SigningRefused extends RuntimeException {

    private final transient List<String> reasons;

    public SigningRefused(List<String> reasons) {
        super("The session cannot be signed: " + String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
