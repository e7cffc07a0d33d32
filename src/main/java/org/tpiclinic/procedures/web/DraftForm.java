package org.tpiclinic.procedures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;
import org.tpiclinic.procedures.Complication;
import org.tpiclinic.procedures.ComplicationKind;
import org.tpiclinic.procedures.Draft;
import org.tpiclinic.procedures.InjectionSession;
import org.tpiclinic.procedures.MixturePart;
import org.tpiclinic.procedures.PolicyOverride;
import org.tpiclinic.procedures.SessionSite;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.procedures.Tolerance;

/**
 * The session page's fields as typed, read field by field (list indexes only up to what a session holds), and
 * turned into a {@link Draft}. A number that is not one is a problem next to its field; the draft is then not
 * saved. An "add" or "remove" button changes the list of sites before the draft is built.
 */
record DraftForm(long version, Draft draft, Map<String, String> problems) {

    static final int MAX_SITE_ROWS = 40;
    static final int MAX_MIXTURE_ROWS = 4;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(\\.\\d{1,6})?");
    private static final Pattern OVERRIDE = Pattern.compile("override\\.[A-Z_]{1,40}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

    static DraftForm parse(MultiValueMap<String, String> params) {
        var problems = new LinkedHashMap<String, String>();
        long version = parseVersion(first(params, "version"));
        var mixture = new ArrayList<MixturePart>();
        for (int i = 0; i < MAX_MIXTURE_ROWS; i++) {
            String agent = first(params, "mixture[" + i + "].agent");
            if (!agent.isBlank()) {
                mixture.add(new MixturePart(agent.trim(), volume(params, "mixture[" + i + "].volume", problems)));
            }
        }
        var sites = new ArrayList<SessionSite>();
        for (int i = 0; i < MAX_SITE_ROWS && params.containsKey("sites[" + i + "].site"); i++) {
            String key = "sites[" + i + "]";
            Technique technique = technique(first(params, key + ".technique"));
            sites.add(new SessionSite(first(params, key + ".site").trim(), technique,
                    whole(params, key + ".gauge", problems), whole(params, key + ".length", problems),
                    "on".equals(first(params, key + ".twitch")),
                    technique == Technique.DRY_NEEDLING ? null : volume(params, key + ".volume", problems)));
        }
        removeAndAdd(params, sites, problems);
        var complications = new ArrayList<Complication>();
        for (String kind : params.getOrDefault("complication", List.of())) {
            try {
                var k = ComplicationKind.valueOf(kind);
                String action = first(params, "complication." + k + ".action");
                complications.add(new Complication(k, action.isBlank() ? null : action.trim()));
            } catch (IllegalArgumentException unknown) {
                problems.put("complications", "Choose complications from the list.");
            }
        }
        var overrides = new ArrayList<PolicyOverride>();
        params.forEach((name, values) -> {
            if (name.startsWith("override.") && OVERRIDE.matcher(name).matches() && !values.isEmpty()
                    && values.get(0) != null && !values.get(0).isBlank()) {
                overrides.add(new PolicyOverride(name.substring("override.".length()), values.get(0).trim()));
            }
        });
        var draft = new Draft("on".equals(first(params, "timeOut")), pain(params, "painBefore", problems),
                first(params, "indication"), mixture, sites, pain(params, "painAfter", problems),
                first(params, "rangeOfMotion"), tolerance(first(params, "tolerance"), problems), complications,
                params.getOrDefault("diagnoses", List.of()).stream().filter(d -> !d.isBlank()).distinct().toList(),
                overrides);
        return new DraftForm(version, draft, problems);
    }

    /** The draft as stored, for a page built from the session. */
    static Draft of(InjectionSession s) {
        return new Draft(s.timeOutConfirmed(), s.painBefore(), s.indication(), s.mixture().parts(), s.sites(),
                s.painAfter(), s.rangeOfMotion(), s.tolerance(), s.complications(), s.diagnoses(), s.overrides());
    }

    private static void removeAndAdd(MultiValueMap<String, String> params, List<SessionSite> sites,
            Map<String, String> problems) {
        String remove = first(params, "remove");
        if (WHOLE.matcher(remove).matches() && Integer.parseInt(remove) < sites.size()) {
            sites.remove(Integer.parseInt(remove));
        }
        if (params.containsKey("add")) {
            String site = first(params, "addSite").trim();
            if (site.isEmpty()) {
                problems.put("add", "Choose the muscle and side of the site to add.");
            } else if (sites.size() >= MAX_SITE_ROWS) {
                problems.put("add", "A session has at most " + MAX_SITE_ROWS + " sites.");
            } else {
                var last = sites.isEmpty() ? null : sites.get(sites.size() - 1);
                Technique technique = technique(first(params, "addTechnique"));
                sites.add(new SessionSite(site, technique, last == null ? null : last.needleGauge(),
                        last == null ? null : last.needleLengthMm(), false, null));
            }
        }
    }

    private static long parseVersion(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Technique technique(String text) {
        return "DRY_NEEDLING".equals(text) ? Technique.DRY_NEEDLING : Technique.INJECTION;
    }

    private static Tolerance tolerance(String text, Map<String, String> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Tolerance.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.put("tolerance", "Choose how the patient tolerated the procedure from the list.");
            return null;
        }
    }

    private static Integer pain(MultiValueMap<String, String> params, String field, Map<String, String> problems) {
        String text = first(params, field).trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) > 10) {
            problems.put(field, "Enter a pain score from 0 (none) to 10 (worst imaginable).");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static Integer whole(MultiValueMap<String, String> params, String field, Map<String, String> problems) {
        String text = first(params, field).trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.put(field, "Enter a whole number.");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static BigDecimal volume(MultiValueMap<String, String> params, String field, Map<String, String> problems) {
        String text = first(params, field).trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.startsWith("-")) {
            problems.put(field, "Enter a volume of more than 0 mL.");
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            problems.put(field, "Enter the volume as a number of mL, for example 1.5.");
            return null;
        }
        return new BigDecimal(text);
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }
}
