package org.tpiclinic.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;

/**
 * The demo practice's past: a few real signed sessions of the last two weeks ({@link DemoSessions}), and for most
 * other patients synthetic courses with their scores ({@link DemoOutcomes}). A patient has one or the other, never
 * both, so nothing is counted twice.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** Who works in the demo: the front desk and the clinician (user and scheduling id). */
    record Staff(CurrentUser frontDesk, CurrentUser clinician, UUID clinicianId) {
    }

    private final DemoSessions sessions;
    private final DemoOutcomes outcomes;

    DemoHistory(DemoSessions sessions, DemoOutcomes outcomes) {
        this.sessions = sessions;
        this.outcomes = outcomes;
    }

    /**
     * @param toTreat the patients to give a real session, with their names as typed on the consent
     */
    void load(long seed, Staff staff, List<UUID> patients, Map<UUID, String> toTreat, LocalDate today) {
        long started = System.nanoTime();
        var treated = sessions.load(staff.frontDesk(), staff.clinician(), toTreat, today);
        long signed = System.nanoTime();
        outcomes.load(seed, patients, staff.clinicianId(), today, treated);
        log.info("Demo history: {} signed sessions in {} ms, synthetic outcome courses in {} ms", treated.size(),
                (signed - started) / 1_000_000, (System.nanoTime() - signed) / 1_000_000);
    }
}
