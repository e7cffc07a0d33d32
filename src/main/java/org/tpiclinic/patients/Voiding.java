package org.tpiclinic.patients;

import java.time.Instant;
import org.tpiclinic.shared.FieldRefused;

/**
 * Who withdrew a clinical entry, when and why. Entries are never deleted: a voided entry stays as history.
 */
public record Voiding(Instant at, String by, String reason) {

    public Voiding {
        if (reason == null || reason.isBlank()) {
            throw new FieldRefused("reason", "void.reason.required", "Give a reason for voiding this entry");
        }
        if (reason.length() > 300) {
            throw new FieldRefused("reason", "void.reason.tooLong", "Keep the reason under 300 characters", 300);
        }
    }
}
