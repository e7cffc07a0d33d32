package org.tpiclinic.procedures;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a session may not be signed yet: what is missing from the note, then what is unsafe (the patient not
 * ready, an unconsented site, a dose notice that blocks, a clinic-policy warning without its override reason).
 */
final class SigningRules {

    private SigningRules() {
    }

    static List<String> problems(InjectionSession s, SafetyFacts facts) {
        var problems = new ArrayList<String>();
        if (!s.timeOutConfirmed()) {
            problems.add("The time-out is not confirmed (right patient, right sites and sides).");
        }
        if (s.painBefore() == null) {
            problems.add("The pain score before the procedure is missing.");
        }
        if (s.indication() == null) {
            problems.add("The indication and examination findings are missing.");
        }
        sites(s, problems);
        after(s, problems);
        if (s.diagnoses().isEmpty()) {
            problems.add("Choose at least one diagnosis.");
        }
        problems.addAll(facts.notReadyReasons());
        facts.unconsentedSites().stream().sorted().forEach(site -> problems.add("No valid consent covers " + site
                + ": sign consent for this site and agent, or remove the site."));
        facts.dose().notices().stream().filter(DoseCheck.DoseNotice::blocking).forEach(n -> problems.add(n.message()));
        facts.policyNotices().stream().filter(n -> s.overrideReason(n.code()).isEmpty()).forEach(n -> problems.add(
                n.message() + " Give a reason to override this clinic policy, or change the session."));
        return problems;
    }

    private static void sites(InjectionSession s, List<String> problems) {
        if (s.sites().isEmpty()) {
            problems.add("Add at least one treated site.");
        }
        boolean injected = false;
        for (int i = 0; i < s.sites().size(); i++) {
            var site = s.sites().get(i);
            String which = "Site " + (i + 1) + " (" + site.siteCode() + ")";
            if (site.needleGauge() == null || site.needleLengthMm() == null) {
                problems.add(which + ": the needle gauge and length are missing.");
            }
            if (site.technique() == Technique.INJECTION) {
                injected = true;
                if (site.volumeMl() == null) {
                    problems.add(which + ": the volume injected is missing.");
                }
            }
        }
        if (injected && s.mixture().isEmpty()) {
            problems.add("Say what was injected: choose the agent or the mixture.");
        }
    }

    private static void after(InjectionSession s, List<String> problems) {
        if (s.painAfter() == null) {
            problems.add("The pain score after the procedure is missing.");
        }
        if (s.tolerance() == null) {
            problems.add("Record how the patient tolerated the procedure.");
        }
        if (s.rangeOfMotion() == null) {
            problems.add("Record the range of motion after the procedure.");
        }
        var complications = s.complications();
        if (complications.isEmpty()) {
            problems.add("Record the complications, or that there were none.");
        } else if (complications.size() > 1 && complications.stream().anyMatch(c -> c.kind() == ComplicationKind.NONE)) {
            problems.add("\"No complications\" cannot be recorded together with a complication.");
        }
        complications.stream().filter(c -> c.kind() != ComplicationKind.NONE)
                .filter(c -> c.action() == null || c.action().isBlank())
                .forEach(c -> problems.add("Record the action taken for " + c.kind().name().toLowerCase().replace('_', ' ')
                        + "."));
    }
}
