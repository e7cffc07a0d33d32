package org.tpiclinic.aftercare;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One check-in of a plan: due on a day after the session, sent by email when due (and answerable in the portal),
 * answered once.
 *
 * @param answers null until answered
 * @param urgency null until answered
 */
public record CheckIn(UUID id, UUID planId, UUID patientId, int dayAfter, Instant dueAt, Instant sentAt,
        Instant submittedAt, CheckInAnswers answers, Urgency urgency, List<RedFlags.Answer> reasons,
        Instant handledAt, String handledBy) {

    public boolean answered() {
        return submittedAt != null;
    }

    public boolean due(Instant now) {
        return !dueAt.isAfter(now);
    }
}
