package org.tpiclinic.procedures;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.tpiclinic.shared.PatientId;

/**
 * A port: did an earlier signed session give documented relief, and what shows it. The clinic policy "repeat
 * without documented relief" asks it about the last session that treated a region. The evidence a clinic documents
 * after a session is the patient's later scores (aftercare check-ins, outcome follow-ups), which the outcomes module
 * keeps; outcomes depends on procedures, so it implements this interface rather than procedures calling it.
 * <p>
 * When no implementation is present, or it finds no later score, the session's own scores decide: relief is
 * documented when the pain after the procedure was lower than before.
 */
public interface ReliefEvidence {

    /**
     * What the patient's scores after {@code session} and before {@code until} show.
     *
     * @param painBefore the pain (0-10) recorded before that session, the score relief is measured from
     * @return empty when there is no later score to judge by
     */
    Optional<Relief> after(PatientId patient, SessionId session, LocalDate performedOn, int painBefore,
            LocalDate until);

    /**
     * A finding about relief.
     *
     * @param documented whether the scores show relief by the practice's threshold
     * @param evidence   in words, what was found (the score, its date and kind, the threshold), for the warning
     */
    record Relief(boolean documented, String evidence) {

        public Relief {
            Objects.requireNonNull(evidence, "evidence");
        }
    }
}
