package org.tpiclinic.procedures;

import java.util.List;

/**
 * Everything a clinician writes into a session before signing, as one value: each autosave sends all of it, so
 * the stored draft is always the last complete state the clinician saw. Empty fields are allowed in a draft;
 * signing needs them.
 *
 * @param timeOutConfirmed the time-out was done: right patient (name and date of birth) and right sites and sides
 * @param painBefore       0–10 on the same scale as follow-up, or null
 * @param indication       why the session is done and what the examination found, in the clinician's words
 */
public record Draft(boolean timeOutConfirmed, Integer painBefore, String indication, List<MixturePart> mixture,
        List<SessionSite> sites, Integer painAfter, String rangeOfMotion, Tolerance tolerance,
        List<Complication> complications, List<String> diagnoses) {

    public Draft {
        mixture = List.copyOf(mixture);
        sites = List.copyOf(sites);
        complications = List.copyOf(complications);
        diagnoses = List.copyOf(diagnoses);
    }
}
