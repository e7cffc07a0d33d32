package org.tpiclinic.outcomes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.tpiclinic.outcomes.analysis.KaplanMeier;
import org.tpiclinic.outcomes.analysis.Thresholds;
import org.tpiclinic.outcomes.analysis.Wilson;

/**
 * Adds up every figure of /outcomes in one pass over the sessions a filter keeps: per group of each breakdown the
 * patients, sessions, evaluable sessions, responders and substantial responders; the totals; and the Kaplan-Meier
 * counts per day. The sessions must come in patient order: a group then counts a patient once, when the patient
 * differs from the last one it counted, with no set of patients held per group.
 */
final class PracticeTally {

    /** The breakdowns in the order the report lists them (after the rates by session number). */
    static final List<String> BREAKDOWNS = List.of("region", "muscle", "technique", "steroid", "clinician",
            "location");

    /** One session as the report needs it; {@code muscles} and {@code regions} comma-separated codes. */
    record Session(UUID patient, int number, boolean injectate, boolean steroid, UUID clinician, UUID location,
            Boolean responder, Boolean substantial, Integer reliefDays, Boolean reliefEnded, String muscles,
            String regions) {
    }

    private static final class Counts {
        UUID lastPatient;
        long patients;
        long sessions;
        int evaluable;
        int responders;
        int substantial;

        void add(Session s) {
            if (!s.patient().equals(lastPatient)) {
                lastPatient = s.patient();
                patients++;
            }
            sessions++;
            if (s.responder() != null) {
                evaluable++;
                responders += s.responder() ? 1 : 0;
                substantial += Boolean.TRUE.equals(s.substantial()) ? 1 : 0;
            }
        }
    }

    private final Map<String, TreeMap<String, Counts>> groups = new HashMap<>();
    private final Counts total = new Counts();
    private final Counts withRelief = new Counts();
    private final Map<Integer, int[]> reliefDays = new TreeMap<>();
    private UUID previous;

    void add(Session s) {
        if (previous != null && before(s.patient(), previous)) {
            throw new IllegalArgumentException("Sessions must come in patient order");
        }
        previous = s.patient();
        total.add(s);
        count("number", String.valueOf(s.number()), s);
        count("technique", s.injectate() ? "INJECTATE" : "DRY_NEEDLING", s);
        count("steroid", s.steroid() ? "YES" : "NO", s);
        count("clinician", s.clinician().toString(), s);
        count("location", s.location() == null ? "NONE" : s.location().toString(), s);
        each("muscle", s.muscles(), s);
        each("region", s.regions(), s);
        if (s.reliefDays() != null) {
            withRelief.add(s);
            reliefDays.computeIfAbsent(s.reliefDays(), d -> new int[2])[Boolean.TRUE.equals(s.reliefEnded()) ? 0
                    : 1]++;
        }
    }

    /** The databases' order of UUIDs: their 16 bytes compared unsigned (not {@link UUID#compareTo}). */
    static boolean before(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high < 0 || high == 0 && Long.compareUnsigned(a.getLeastSignificantBits(),
                b.getLeastSignificantBits()) < 0;
    }

    private void each(String dimension, String codes, Session s) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        for (String code : codes.split(",")) {
            count(dimension, code, s);
        }
    }

    private void count(String dimension, String group, Session s) {
        groups.computeIfAbsent(dimension, d -> new TreeMap<>()).computeIfAbsent(group, g -> new Counts()).add(s);
    }

    PracticeReport report(PracticeFilter filter, Thresholds t) {
        var byNumber = rates("number", t);
        var afterSession = new ArrayList<PracticeReport.Rate>();
        for (int n = 1; n <= 3; n++) {
            var rate = byNumber.get(String.valueOf(n));
            afterSession.add(rate != null ? rate
                    : new PracticeReport.Rate(String.valueOf(n), String.valueOf(n), false, 0, 0, 0, null, null));
        }
        int reliefPatients = (int) withRelief.patients;
        var relief = reliefPatients >= t.minGroupPatients() ? KaplanMeier.fromCounts(reliefDays) : null;
        var breakdowns = BREAKDOWNS.stream().map(d -> new PracticeReport.Breakdown(d,
                List.copyOf(rates(d, t).values()))).toList();
        return new PracticeReport(filter, t, afterSession, relief, reliefPatients, breakdowns, total.patients,
                total.sessions);
    }

    /** The groups of one dimension in the order of their codes; groups of too few patients are hidden. */
    private Map<String, PracticeReport.Rate> rates(String dimension, Thresholds t) {
        var rates = new java.util.LinkedHashMap<String, PracticeReport.Rate>();
        groups.getOrDefault(dimension, new TreeMap<>()).forEach((g, c) -> rates.put(g,
                c.patients >= t.minGroupPatients()
                        ? new PracticeReport.Rate(g, g, true, c.patients, c.sessions, c.evaluable,
                                Wilson.of(c.responders, c.evaluable), Wilson.of(c.substantial, c.evaluable))
                        : new PracticeReport.Rate(g, g, false, c.patients, 0, 0, null, null)));
        return rates;
    }
}
