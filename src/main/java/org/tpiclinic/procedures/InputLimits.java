package org.tpiclinic.procedures;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plausibility bounds for what a clinician types, to catch a slip of the finger (50 for 5.0 mL), not clinical
 * limits: the dose limit is the formulary's, per patient. Anything outside is refused next to its field.
 */
final class InputLimits {

    static final BigDecimal MAX_SITE_ML = new BigDecimal("20");
    static final BigDecimal MAX_PART_ML = new BigDecimal("100");
    static final int MIN_GAUGE = 18;
    static final int MAX_GAUGE = 32;
    static final int MIN_LENGTH_MM = 5;
    static final int MAX_LENGTH_MM = 150;
    static final int TEXT_MAX = 500;
    static final int INDICATION_MAX = 1000;
    static final int MAX_SITES = 40;
    static final int MAX_PARTS = 4;

    private InputLimits() {
    }

    /** The problems of a draft that need nothing but the draft itself, by field. */
    static Map<String, String> problems(Draft d) {
        var problems = new LinkedHashMap<String, String>();
        pain(problems, "painBefore", d.painBefore());
        pain(problems, "painAfter", d.painAfter());
        text(problems, "indication", d.indication(), INDICATION_MAX);
        text(problems, "rangeOfMotion", d.rangeOfMotion(), TEXT_MAX);
        if (d.mixture().size() > MAX_PARTS) {
            problems.put("mixture", "A mixture has at most " + MAX_PARTS + " agents.");
        }
        var agents = new HashSet<String>();
        for (int i = 0; i < d.mixture().size(); i++) {
            var part = d.mixture().get(i);
            if (!agents.add(part.agentCode())) {
                problems.put("mixture[" + i + "].agent", "This agent is already in the mixture: change its volume instead.");
            }
            boolean needsVolume = d.mixture().size() > 1;
            volume(problems, "mixture[" + i + "].volume", part.volumeMl(), MAX_PART_ML, needsVolume);
        }
        if (d.sites().size() > MAX_SITES) {
            problems.put("sites", "A session has at most " + MAX_SITES + " sites.");
        }
        for (int i = 0; i < d.sites().size(); i++) {
            site(problems, "sites[" + i + "]", d.sites().get(i));
        }
        for (var c : d.complications()) {
            text(problems, "complication." + c.kind(), c.action(), TEXT_MAX);
        }
        for (var o : d.overrides()) {
            text(problems, "override." + o.code(), o.reason(), TEXT_MAX);
        }
        return problems;
    }

    private static void site(Map<String, String> problems, String field, SessionSite s) {
        if (s.siteCode() == null || s.siteCode().isBlank()) {
            problems.put(field + ".site", "Choose the muscle and side of this site.");
        }
        if (s.needleGauge() != null && (s.needleGauge() < MIN_GAUGE || s.needleGauge() > MAX_GAUGE)) {
            problems.put(field + ".gauge", "Enter a needle gauge from " + MIN_GAUGE + " to " + MAX_GAUGE + ".");
        }
        if (s.needleLengthMm() != null && (s.needleLengthMm() < MIN_LENGTH_MM || s.needleLengthMm() > MAX_LENGTH_MM)) {
            problems.put(field + ".length", "Enter a needle length from " + MIN_LENGTH_MM + " to " + MAX_LENGTH_MM
                    + " mm.");
        }
        if (s.technique() == Technique.DRY_NEEDLING && s.volumeMl() != null) {
            problems.put(field + ".volume", "Dry needling injects nothing: leave the volume empty.");
        } else {
            volume(problems, field + ".volume", s.volumeMl(), MAX_SITE_ML, false);
        }
    }

    private static void volume(Map<String, String> problems, String field, BigDecimal ml, BigDecimal max,
            boolean required) {
        if (ml == null) {
            if (required) {
                problems.put(field, "Enter the volume of each agent of a mixture, in mL.");
            }
        } else if (ml.signum() <= 0) {
            problems.put(field, "Enter a volume of more than 0 mL.");
        } else if (ml.compareTo(max) > 0) {
            problems.put(field, "A volume over " + max.toPlainString() + " mL here is not plausible: check the number.");
        } else if (ml.stripTrailingZeros().scale() > 3) {
            problems.put(field, "Enter the volume to at most three decimals (0.001 mL).");
        }
    }

    private static void pain(Map<String, String> problems, String field, Integer score) {
        if (score != null && (score < 0 || score > 10)) {
            problems.put(field, "Enter a pain score from 0 (none) to 10 (worst imaginable).");
        }
    }

    private static void text(Map<String, String> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.put(field, "Use at most " + max + " characters.");
        }
    }
}
