package org.tpiclinic.outcomes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.tpiclinic.outcomes.analysis.KaplanMeier;
import org.tpiclinic.outcomes.analysis.Thresholds;
import org.tpiclinic.outcomes.analysis.Wilson;

/**
 * Adds up every figure of /outcomes in one pass over the sessions a filter keeps, in any order: per group of each
 * breakdown the patients (each once), sessions, evaluable sessions, responders and substantial responders; the
 * totals; and the Kaplan-Meier counts per day. Each patient gets a number on first sight and each group a bit set
 * of the patients it has counted, so no sort and no set of patient ids per group is needed.
 */
final class PracticeTally {

    /** One session as the report needs it; {@code muscles} and {@code regions} comma-separated codes. */
    record Session(UUID patient, int number, boolean injectate, boolean steroid, UUID clinician, UUID location,
            Boolean responder, Boolean substantial, Integer reliefDays, Boolean reliefEnded, String muscles,
            String regions) {
    }

    private static final class Counts {
        final BitSet seen = new BitSet();
        long patients;
        long sessions;
        int evaluable;
        int responders;
        int substantial;

        void add(int patient, Session s) {
            if (!seen.get(patient)) {
                seen.set(patient);
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

    private final Map<UUID, Integer> patients = new HashMap<>();
    private UUID lastPatient;
    private int lastIndex;
    private final Counts total = new Counts();
    private final Counts withRelief = new Counts();
    private final Map<Integer, int[]> reliefDays = new TreeMap<>();
    private final Map<Integer, Counts> numbers = new HashMap<>();
    private final Map<Boolean, Counts> techniques = new HashMap<>();
    private final Map<Boolean, Counts> steroids = new HashMap<>();
    private final Map<UUID, Counts> clinicians = new HashMap<>();
    private final Map<UUID, Counts> locations = new HashMap<>();
    private final Map<String, Counts> muscles = new HashMap<>();
    private final Map<String, Counts> regions = new HashMap<>();
    // A session's muscles (or regions) as stored, split once per distinct list rather than once per session.
    private final Map<String, List<Counts>> muscleLists = new HashMap<>();
    private final Map<String, List<Counts>> regionLists = new HashMap<>();

    void add(Session s) {
        int patient = index(s.patient());
        total.add(patient, s);
        counts(numbers, s.number()).add(patient, s);
        counts(techniques, s.injectate()).add(patient, s);
        counts(steroids, s.steroid()).add(patient, s);
        counts(clinicians, s.clinician()).add(patient, s);
        counts(locations, s.location()).add(patient, s);
        for (Counts c : list(muscleLists, muscles, s.muscles())) {
            c.add(patient, s);
        }
        for (Counts c : list(regionLists, regions, s.regions())) {
            c.add(patient, s);
        }
        if (s.reliefDays() != null) {
            withRelief.add(patient, s);
            reliefDays.computeIfAbsent(s.reliefDays(), d -> new int[2])[Boolean.TRUE.equals(s.reliefEnded()) ? 0
                    : 1]++;
        }
    }

    private int index(UUID patient) {
        if (!patient.equals(lastPatient)) {
            lastPatient = patient;
            lastIndex = patients.computeIfAbsent(patient, p -> patients.size());
        }
        return lastIndex;
    }

    private static <K> Counts counts(Map<K, Counts> groups, K key) {
        Counts c = groups.get(key);
        if (c == null) {
            c = new Counts();
            groups.put(key, c);
        }
        return c;
    }

    private static List<Counts> list(Map<String, List<Counts>> lists, Map<String, Counts> groups, String codes) {
        String key = codes == null ? "" : codes;
        return lists.computeIfAbsent(key, k -> {
            var found = new ArrayList<Counts>();
            for (String code : k.split(",")) {
                if (!code.isEmpty()) {
                    found.add(counts(groups, code));
                }
            }
            return found;
        });
    }

    PracticeReport report(PracticeFilter filter, Thresholds t) {
        var byNumber = rates(numbers, String::valueOf, t);
        var afterSession = new ArrayList<PracticeReport.Rate>();
        for (int n = 1; n <= 3; n++) {
            var rate = byNumber.get(String.valueOf(n));
            afterSession.add(rate != null ? rate
                    : new PracticeReport.Rate(String.valueOf(n), String.valueOf(n), false, 0, 0, 0, null, null));
        }
        int reliefPatients = (int) withRelief.patients;
        var relief = reliefPatients >= t.minGroupPatients() ? KaplanMeier.fromCounts(reliefDays) : null;
        var breakdowns = List.of(
                breakdown("region", rates(regions, g -> g, t)),
                breakdown("muscle", rates(muscles, g -> g, t)),
                breakdown("technique", rates(techniques, injectate -> injectate ? "INJECTATE" : "DRY_NEEDLING", t)),
                breakdown("steroid", rates(steroids, steroid -> steroid ? "YES" : "NO", t)),
                breakdown("clinician", rates(clinicians, UUID::toString, t)),
                breakdown("location", rates(locations, l -> l == null ? "NONE" : l.toString(), t)));
        return new PracticeReport(filter, t, afterSession, relief, reliefPatients, breakdowns, total.patients,
                total.sessions);
    }

    private static PracticeReport.Breakdown breakdown(String dimension, Map<String, PracticeReport.Rate> rates) {
        return new PracticeReport.Breakdown(dimension, List.copyOf(rates.values()));
    }

    /** The groups of one breakdown in the order of their codes; groups of too few patients are hidden. */
    private static <K> Map<String, PracticeReport.Rate> rates(Map<K, Counts> groups, Function<K, String> code,
            Thresholds t) {
        var sorted = new TreeMap<String, Counts>();
        groups.forEach((k, c) -> sorted.put(code.apply(k), c));
        var rates = new LinkedHashMap<String, PracticeReport.Rate>();
        sorted.forEach((g, c) -> rates.put(g, c.patients >= t.minGroupPatients()
                ? new PracticeReport.Rate(g, g, true, c.patients, c.sessions, c.evaluable,
                        Wilson.of(c.responders, c.evaluable), Wilson.of(c.substantial, c.evaluable))
                : new PracticeReport.Rate(g, g, false, c.patients, 0, 0, null, null)));
        return rates;
    }
}
