package org.tpiclinic.procedures;

import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether an earlier signed session gave documented relief: the patient's later scores when a {@link ReliefEvidence}
 * finds any, otherwise the session's own scores (less pain after than before), with the words that say which.
 */
@Component
class Reliefs {

    private final ObjectProvider<ReliefEvidence> evidence;
    private final MessageSource messages;

    Reliefs(ObjectProvider<ReliefEvidence> evidence, MessageSource messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    /** The relief of {@code earlier} as known before {@code until} (the date of the session being documented). */
    ReliefEvidence.Relief of(InjectionSession earlier, LocalDate until) {
        Integer before = earlier.painBefore();
        if (before != null) {
            var port = evidence.getIfAvailable();
            if (port != null) {
                var later = port.after(earlier.patientId(), earlier.sessionId(), earlier.performedOn(), before, until);
                if (later.isPresent()) {
                    return later.get();
                }
            }
        }
        return sameDay(earlier);
    }

    /** The fallback: relief counts as documented when the pain after the procedure was lower than before. */
    ReliefEvidence.Relief sameDay(InjectionSession s) {
        if (s.painBefore() == null || s.painAfter() == null) {
            return new ReliefEvidence.Relief(false, say("dose.relief.sameDayUnknown"));
        }
        return new ReliefEvidence.Relief(s.painAfter() < s.painBefore(),
                say("dose.relief.sameDay", s.painBefore(), s.painAfter()));
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
