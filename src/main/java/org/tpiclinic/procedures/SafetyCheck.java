package org.tpiclinic.procedures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.Consents;
import org.tpiclinic.screening.Screening;
import org.tpiclinic.shared.Kilograms;

/**
 * Asks the other modules, fresh, what a session's safety depends on: screening (a valid eligible review of the
 * plan), consent (a valid one, covering each site's agent, muscle and side), the patient's weight and when it was
 * measured, and the dose check of this session's volumes. Every question is audited by the module asked.
 */
@Component
class SafetyCheck {

    private final PatientRegistry patients;
    private final Screening screening;
    private final Consents consents;
    private final Dosing dosing;
    private final SessionSettings settings;

    SafetyCheck(PatientRegistry patients, Screening screening, Consents consents, Dosing dosing,
            SessionSettings settings) {
        this.patients = patients;
        this.screening = screening;
        this.consents = consents;
        this.dosing = dosing;
        this.settings = settings;
    }

    SafetyFacts facts(CurrentUser actor, InjectionSession session, Clock clock) {
        var patientId = session.patientId().value();
        var patient = patients.chart(actor, patientId).patient();
        var measured = patient.weightMeasuredOn();
        var weighed = patient.weight();
        boolean current = weighed != null && measured != null
                && !measured.isBefore(LocalDate.now(clock).minusDays(settings.weightValidDays()));
        var review = screening.latestReview(actor, patientId);
        boolean eligible = review.isPresent()
                && screening.hasValidEligibleScreening(actor, patientId, review.get().plan());
        var consent = consents.latestValidConsent(actor, patientId);
        var unconsented = consent.isEmpty() ? allSites(session) : unconsented(actor, session);
        Optional<Kilograms> weight = current ? Optional.of(weighed) : Optional.empty();
        var dose = dosing.evaluate(weight, session.agentVolumes());
        return new SafetyFacts(dose.formularyVersion(), weighed == null ? null : weighed.value(), measured, current,
                settings.weightValidDays(), eligible ? review.get().reviewId() : null,
                consent.map(Consents.ConsentReference::consentId).orElse(null), unconsented, dose,
                dosing.given(dose), dosing.policyNotices(session));
    }

    private static LinkedHashSet<String> allSites(InjectionSession session) {
        var all = new LinkedHashSet<String>();
        session.sites().forEach(s -> all.add(s.siteCode()));
        return all;
    }

    private LinkedHashSet<String> unconsented(CurrentUser actor, InjectionSession session) {
        var agents = new ArrayList<Injectate>();
        session.mixture().parts().forEach(p -> dosing.agent(p.agentCode()).ifPresent(agents::add));
        var missing = new LinkedHashSet<String>();
        for (SessionSite site : session.sites()) {
            var plans = ConsentedPlans.forSite(InjectionSession.bodySite(site.siteCode()), site.technique(), agents,
                    dosing::consentAgent);
            boolean covered = plans.isPresent() && plans.get().stream()
                    .allMatch(plan -> consents.hasValidConsent(actor, session.patientId().value(), plan));
            if (!covered) {
                missing.add(site.siteCode());
            }
        }
        return missing;
    }
}
