package org.tpiclinic.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tpiclinic.procedures.ReliefEvidence;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.shared.PatientId;

/**
 * The relief a signed session gave, read from the pain scores the patient gave after it: aftercare check-ins and
 * monthly follow-ups, up to the next signed session (or the date asked about). Relief is documented when any of
 * them is a responder's fall from the pain before the session, by the practice's own thresholds
 * ({@code RESPONDER_POINTS} or {@code RESPONDER_PERCENT} in {@code outcome_thresholds}, with their sources, the same
 * the outcome charts use). Relief that later wore off still counts: pain coming back is why a session is repeated.
 * <p>
 * Reads the outcome tables directly, so that it stays apart from the module's query internals.
 */
@Component
class LaterScoresReliefEvidence implements ReliefEvidence {

    /** How many later scores the warning names when none shows relief (the latest ones). */
    static final int NAMED = 3;

    private record Score(LocalDate on, Occasion occasion, BigDecimal pain) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    LaterScoresReliefEvidence(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Optional<Relief> after(PatientId patient, SessionId session, LocalDate performedOn, int painBefore,
            LocalDate until) {
        var scores = later(patient, session, performedOn, until);
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal points = threshold("RESPONDER_POINTS");
        BigDecimal percent = threshold("RESPONDER_PERCENT");
        var before = BigDecimal.valueOf(painBefore);
        String rule = say("outcomes.reliefEvidence.rule", plain(points), plain(percent), painBefore);
        for (Score s : scores) {
            if (relieved(before, s.pain(), points, percent)) {
                return Optional.of(new Relief(true, say("outcomes.reliefEvidence.found", occasion(s), s.on(),
                        plain(s.pain()), plain(before.subtract(s.pain())), rule)));
            }
        }
        var named = new ArrayList<String>();
        scores.subList(Math.max(0, scores.size() - NAMED), scores.size()).forEach(s -> named
                .add(say("outcomes.reliefEvidence.score", plain(s.pain()), occasion(s), s.on())));
        return Optional.of(new Relief(false, say("outcomes.reliefEvidence.none", String.join("; ", named), rule)));
    }

    static boolean relieved(BigDecimal before, BigDecimal after, BigDecimal points, BigDecimal percent) {
        var fall = before.subtract(after);
        if (fall.signum() <= 0) {
            return false;
        }
        if (fall.compareTo(points) >= 0) {
            return true;
        }
        return before.signum() > 0 && fall.multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP)
                .compareTo(percent) >= 0;
    }

    private List<Score> later(PatientId patient, SessionId session, LocalDate performedOn, LocalDate until) {
        LocalDate next = jdbc.sql("""
                SELECT performed_on FROM outcome_sessions
                WHERE patient_id = ? AND performed_on > ? AND session_id <> ? ORDER BY performed_on""")
                .param(patient.value()).param(performedOn).param(session.value())
                .query(LocalDate.class).list().stream().findFirst().orElse(null);
        LocalDate last = next != null && !next.isAfter(until) ? next.minusDays(1) : until;
        return jdbc.sql("""
                SELECT observed_on, occasion, score FROM outcome_responses
                WHERE patient_id = ? AND instrument_code = 'PAIN_NRS' AND occasion IN ('CHECK_IN', 'FOLLOW_UP')
                  AND observed_on > ? AND observed_on <= ?
                ORDER BY observed_on, observed_at""")
                .param(patient.value()).param(performedOn).param(last)
                .query((rs, n) -> new Score(rs.getObject(1, LocalDate.class), Occasion.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3)))
                .list();
    }

    private BigDecimal threshold(String code) {
        return jdbc.sql("SELECT amount FROM outcome_thresholds WHERE code = ?").param(code)
                .query(BigDecimal.class).single();
    }

    private String occasion(Score s) {
        return say("outcomes.occasion." + s.occasion().name());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
