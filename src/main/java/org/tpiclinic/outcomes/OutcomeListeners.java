package org.tpiclinic.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.aftercare.CheckInSubmitted;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.site.PracticeSettings;

/**
 * Takes the pain scores of signed sessions (before and after) and of aftercare check-ins, and the facts of each
 * session that analytics need. Idempotent: delivery is at least once, and each session and check-in is stored
 * once (keyed by its id). A score outside 0-10 is not stored and is logged: an event cannot be answered with a
 * message, and retrying it would not make it valid.
 */
@Component
class OutcomeListeners {

    private static final Logger log = LoggerFactory.getLogger(OutcomeListeners.class);

    private final Outcomes outcomes;
    private final OutcomeRecords records;
    private final Atlas atlas;
    private final PracticeSettings practice;

    OutcomeListeners(Outcomes outcomes, OutcomeRecords records, Atlas atlas, PracticeSettings practice) {
        this.outcomes = outcomes;
        this.records = records;
        this.atlas = atlas;
        this.practice = practice;
    }

    @ApplicationModuleListener
    void on(InjectionSessionSigned signed) {
        var patient = signed.patientId().value();
        var session = signed.sessionId().value();
        outcomes.lock(patient);
        if (!records.hasSession(session)) {
            var sites = new ArrayList<String[]>();
            var seen = new LinkedHashSet<String>();
            for (var treated : signed.sites()) {
                var site = treated.site();
                if (seen.add(site.code())) {
                    String region = atlas.muscle(site.muscle()).map(m -> m.region()).orElse("OTHER");
                    sites.add(new String[] { site.muscle(), site.side().name(), region });
                }
            }
            String agents = signed.agents().stream().map(a -> a.name() + " " + a.volume())
                    .collect(Collectors.joining(", "));
            records.insert(new OutcomeRecords.NewSession(session, patient, signed.clinicianId().value(),
                    signed.locationId() == null ? null : signed.locationId().value(), signed.performedOn(),
                    signed.signedAt(), signed.sites().stream().anyMatch(s -> s.technique() == Technique.INJECTION),
                    signed.sites().stream().anyMatch(s -> s.technique() == Technique.DRY_NEEDLING),
                    signed.agents().stream().anyMatch(InjectionSessionSigned.AgentGiven::steroid),
                    agents.length() > 500 ? agents.substring(0, 500) : agents, sites));
        }
        pain(patient, Occasion.PRE_SESSION, session, signed, signed.painBefore(), "session:" + session + ":PRE");
        pain(patient, Occasion.POST_SESSION, session, signed, signed.painAfter(), "session:" + session + ":POST");
        outcomes.recompute(patient);
    }

    @ApplicationModuleListener
    void on(CheckInSubmitted checkIn) {
        var patient = checkIn.patientId().value();
        if (!inRange(checkIn.pain())) {
            log.warn("Check-in {} of session {} has a pain score of {}, outside 0-10: not stored",
                    checkIn.checkInId(), checkIn.sessionId(), checkIn.pain());
            return;
        }
        outcomes.lock(patient);
        LocalDate on = checkIn.submittedAt().atZone(practice.zone()).toLocalDate();
        if (outcomes.recordPain(patient, Occasion.CHECK_IN, checkIn.sessionId().value(), checkIn.submittedAt(), on,
                checkIn.pain(), "check-in:" + checkIn.checkInId(), "check-in")) {
            outcomes.recompute(patient);
        }
    }

    private void pain(java.util.UUID patient, Occasion occasion, java.util.UUID session,
            InjectionSessionSigned signed, int pain, String key) {
        if (!inRange(pain)) {
            log.warn("Session {} has a {} pain score of {}, outside 0-10: not stored", session, occasion, pain);
            return;
        }
        outcomes.recordPain(patient, occasion, session, signed.signedAt(), signed.performedOn(), pain, key,
                "session");
    }

    private static boolean inRange(int pain) {
        return pain >= 0 && pain <= 10;
    }
}
