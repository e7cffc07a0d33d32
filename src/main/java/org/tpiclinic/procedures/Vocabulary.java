package org.tpiclinic.procedures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodySite;

/**
 * The lists a session's codes must come from: body sites from the atlas, agents from the formulary, diagnoses
 * from the ICD-10-CM list. A code from anywhere else is refused next to its field.
 */
@Component
public class Vocabulary {

    private final Atlas atlas;
    private final Dosing dosing;
    private final Diagnoses diagnoses;

    Vocabulary(Atlas atlas, Dosing dosing, Diagnoses diagnoses) {
        this.atlas = atlas;
        this.dosing = dosing;
        this.diagnoses = diagnoses;
    }

    public List<BodySite> sites() {
        return atlas.sites();
    }

    /** How people name a site: "Upper trapezius, left". */
    public String siteName(String code) {
        return atlas.site(code).map(s -> atlas.muscle(s.muscle()).map(m -> m.name()).orElse(s.muscle()) + ", "
                + s.side().word()).orElse(code);
    }

    public List<Injectate> agents() {
        return dosing.agents();
    }

    public String agentName(String code) {
        return dosing.agent(code).map(Injectate::name).orElse(code);
    }

    public List<Diagnoses.Diagnosis> diagnoses() {
        return diagnoses.all();
    }

    public String diagnosisName(String code) {
        return diagnoses.find(code).map(Diagnoses.Diagnosis::description).orElse(code);
    }

    /** The codes of a draft that are not in their list, by field. */
    Map<String, String> problems(Draft draft) {
        var problems = new LinkedHashMap<String, String>();
        for (int i = 0; i < draft.mixture().size(); i++) {
            if (dosing.agent(draft.mixture().get(i).agentCode()).isEmpty()) {
                problems.put("mixture[" + i + "].agent", "This agent is not in the formulary: choose one from the list.");
            }
        }
        for (int i = 0; i < draft.sites().size(); i++) {
            String code = draft.sites().get(i).siteCode();
            if (code != null && !code.isBlank() && atlas.site(code).isEmpty()) {
                problems.put("sites[" + i + "].site", "This muscle and side are not in the atlas: choose from the list.");
            }
        }
        for (String code : draft.diagnoses()) {
            if (diagnoses.find(code).isEmpty()) {
                problems.put("diagnoses", "Choose diagnoses from the list: one of them is not a code we know.");
            }
        }
        return problems;
    }
}
