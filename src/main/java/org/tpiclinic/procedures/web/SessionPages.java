package org.tpiclinic.procedures.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tpiclinic.assessment.Assessments;
import org.tpiclinic.assessment.TriggerPointFinding;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.Patient;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.procedures.ComplicationKind;
import org.tpiclinic.procedures.Draft;
import org.tpiclinic.procedures.InjectionSession;
import org.tpiclinic.procedures.Procedures;
import org.tpiclinic.procedures.SafetyFacts;
import org.tpiclinic.procedures.SessionSettings;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.procedures.Tolerance;
import org.tpiclinic.procedures.Vocabulary;

/** What the session pages show, put into the model in one place for the editor, its autosave answers and the note. */
@Component
class SessionPages {

    private final PatientRegistry patients;
    private final Assessments assessments;
    private final Procedures procedures;
    private final Vocabulary vocabulary;
    private final SessionSettings settings;

    SessionPages(PatientRegistry patients, Assessments assessments, Procedures procedures, Vocabulary vocabulary,
            SessionSettings settings) {
        this.patients = patients;
        this.assessments = assessments;
        this.procedures = procedures;
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    Patient patient(CurrentUser actor, InjectionSession session) {
        return patients.chart(actor, session.patientId().value()).patient();
    }

    /** The editor: the draft as given (what the clinician typed, or as stored), problems by field. */
    void editor(Model model, CurrentUser actor, InjectionSession session, Draft draft, long version,
            Map<String, String> problems) {
        model.addAttribute("patient", patient(actor, session));
        model.addAttribute("procedure", session);
        model.addAttribute("draft", draft);
        model.addAttribute("version", version);
        model.addAttribute("problems", problems);
        model.addAttribute("vocabulary", vocabulary);
        model.addAttribute("mixtureRows", mixtureRows(draft));
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("tolerances", Tolerance.values());
        model.addAttribute("complicationKinds", ComplicationKind.values());
        var chosen = new LinkedHashMap<ComplicationKind, String>();
        draft.complications().forEach(c -> chosen.put(c.kind(), c.action() == null ? "" : c.action()));
        model.addAttribute("chosenComplications", chosen);
        var reasons = new LinkedHashMap<String, String>();
        draft.overrides().forEach(o -> reasons.put(o.code(), o.reason()));
        model.addAttribute("overrideReasons", reasons);
        model.addAttribute("settings", settings);
        model.addAttribute("suggested", suggested(actor, session));
        model.addAttribute("clinician", actor.role() == Role.CLINICIAN);
        live(model, actor, session);
    }

    /** The parts an autosave refreshes: the dose totals, the readiness and what still blocks signing. */
    void live(Model model, CurrentUser actor, InjectionSession session) {
        SafetyFacts facts = procedures.facts(actor, session);
        session.check(facts);
        model.addAttribute("facts", facts);
        model.addAttribute("blocking", session.signingProblems());
        model.addAttribute("vocabulary", vocabulary);
        model.addAttribute("settings", settings);
    }

    /** Empty rows after the mixture's agents, so that one more can be chosen (at most four in all). */
    private static int mixtureRows(Draft draft) {
        return Math.min(DraftForm.MAX_MIXTURE_ROWS, Math.max(2, draft.mixture().size() + 1));
    }

    /** Sites of the patient's latest trigger-point findings (the assessment's starting point), in order. */
    private Map<String, String> suggested(CurrentUser actor, InjectionSession session) {
        List<TriggerPointFinding> findings = assessments.findings(actor, session.patientId().value());
        var codes = new LinkedHashSet<String>();
        if (!findings.isEmpty()) {
            var latest = findings.get(0).visitDate();
            findings.stream().filter(f -> f.visitDate().equals(latest)).forEach(f -> codes.add(f.site().code()));
        }
        var named = new LinkedHashMap<String, String>();
        codes.forEach(c -> named.put(c, vocabulary.siteName(c)));
        return named;
    }
}
