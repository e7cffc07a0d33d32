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
 * @param overrides        clinic-policy warnings overridden, each with the clinician's reason
 */
public record Draft(boolean timeOutConfirmed, Integer painBefore, String indication, List<MixturePart> mixture,
        List<SessionSite> sites, Integer painAfter, String rangeOfMotion, Tolerance tolerance,
        List<Complication> complications, List<String> diagnoses, List<PolicyOverride> overrides) {

    public Draft {
        mixture = List.copyOf(mixture);
        sites = List.copyOf(sites);
        complications = List.copyOf(complications);
        diagnoses = List.copyOf(diagnoses);
        overrides = List.copyOf(overrides);
    }

    /** A draft that overrides no clinic-policy warning. */
    public Draft(boolean timeOutConfirmed, Integer painBefore, String indication, List<MixturePart> mixture,
            List<SessionSite> sites, Integer painAfter, String rangeOfMotion, Tolerance tolerance,
            List<Complication> complications, List<String> diagnoses) {
        this(timeOutConfirmed, painBefore, indication, mixture, sites, painAfter, rangeOfMotion, tolerance,
                complications, diagnoses, List.of());
    }
}
