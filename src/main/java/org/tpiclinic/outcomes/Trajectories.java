package org.tpiclinic.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Plausible synthetic courses for the demo practice and the benchmark data: about three in four patients respond
 * to some degree, relief fades over days to weeks and repeat sessions add a little; dry needling alone helps
 * somewhat less than an injectate and a steroid adds nothing (clinical-reference 2.5: most trials found no added
 * benefit). Scores are whole numbers 0-10; some check-ins and follow-ups go unanswered, some patients fill no
 * baseline form, as in a real practice. Deterministic for a given {@link Random}.
 */
public final class Trajectories {

    static final String[] SITES = { "UPPER_TRAPEZIUS_L", "UPPER_TRAPEZIUS_R", "QUADRATUS_LUMBORUM_L",
            "QUADRATUS_LUMBORUM_R", "GLUTEUS_MINIMUS_L", "SPLENIUS_CAPITIS_R", "SUBOCCIPITALS_L", "SUPRASPINATUS_R",
            "RHOMBOIDS_L", "TEMPORALIS_L", "MASSETER_R", "GASTROCNEMIUS_L", "ILIOPSOAS_R", "SERRATUS_ANTERIOR_L" };
    static final int[] CHECK_IN_DAYS = { 1, 7, 14 };

    private Trajectories() {
    }

    /** Adds one patient's sessions and scores, from {@code start} until {@code today} at the latest. */
    public static void generate(Random random, UUID patient, List<UUID> clinicians, List<UUID> locations,
            LocalDate start, LocalDate today, List<OutcomeLoader.SessionRow> sessions,
            List<OutcomeLoader.ScoreRow> scores) {
        double responsiveness = random.nextDouble() < 0.25 ? random.nextDouble() * 0.15
                : 0.3 + random.nextDouble() * 0.45;
        boolean injectate = random.nextDouble() < 0.75;
        boolean steroid = injectate && random.nextDouble() < 0.2;
        if (!injectate) {
            responsiveness *= 0.8;
        }
        double pain = 5 + random.nextInt(5);
        if (random.nextDouble() < 0.75) {
            scores.add(score(patient, Instrument.PAIN, Occasion.BASELINE, null, start.minusDays(3), pain,
                    "baseline:" + patient));
            scores.add(score(patient, Instrument.FUNCTION, Occasion.BASELINE, null, start.minusDays(3),
                    function(pain, random), "baseline:" + patient));
        }
        int count = random.nextDouble() < 0.3 ? 1 : random.nextDouble() < 0.45 ? 2 : 3;
        UUID clinician = clinicians.get(random.nextInt(clinicians.size()));
        UUID location = locations.get(random.nextInt(locations.size()));
        String site = SITES[random.nextInt(SITES.length)];
        String second = SITES[random.nextInt(SITES.length)];
        var sites = second.equals(site) ? List.of(site) : List.of(site, second);
        LocalDate day = start;
        for (int k = 1; k <= count && !day.isAfter(today); k++) {
            UUID session = UUID.randomUUID();
            sessions.add(new OutcomeLoader.SessionRow(session, patient, clinician, location, day, injectate, steroid,
                    injectate ? "Lidocaine 1 % plain " + (2 + random.nextInt(4)) + " mL"
                            + (steroid ? ", Triamcinolone 40 mg/mL 1 mL" : "") : "", sites));
            double pre = pain;
            double effect = Math.min(0.9, responsiveness * (0.75 + 0.15 * (k - 1)));
            double low = pre * (1 - effect);
            double residual = pre * (1 - 0.35 * effect);
            int relief = 10 + (int) (-Math.log(1 - random.nextDouble()) * 45 * (0.3 + responsiveness));
            scores.add(score(patient, Instrument.PAIN, Occasion.PRE_SESSION, session, day, pre, "session:" + session + ":PRE"));
            scores.add(score(patient, Instrument.PAIN, Occasion.POST_SESSION, session, day, Math.max(0, low - 1),
                    "session:" + session + ":POST"));
            int gap = 14 + random.nextInt(15);
            for (int d : CHECK_IN_DAYS) {
                if (random.nextDouble() < 0.85 && !day.plusDays(d).isAfter(today) && d < gap) {
                    scores.add(score(patient, Instrument.PAIN, Occasion.CHECK_IN, session, day.plusDays(d),
                            painAt(d, low, residual, relief, random), "check-in:" + session + ":" + d));
                }
            }
            pain = painAt(gap, low, residual, relief, null);
            if (k == count) {
                for (int m = 1; m <= 6; m++) {
                    LocalDate due = day.plusMonths(m);
                    if (due.isAfter(today)) {
                        break;
                    }
                    if (random.nextDouble() < 0.7) {
                        double p = painAt((int) java.time.temporal.ChronoUnit.DAYS.between(day, due), low, residual,
                                relief, random);
                        String key = "follow-up:" + patient + ":" + session + ":" + m;
                        scores.add(score(patient, Instrument.PAIN, Occasion.FOLLOW_UP, null, due, p, key));
                        scores.add(score(patient, Instrument.FUNCTION, Occasion.FOLLOW_UP, null, due,
                                function(p, random), key));
                    }
                }
            }
            day = day.plusDays(gap);
        }
    }

    /** Low just after the session, back up to the residual level over {@code relief} days. */
    static double painAt(int days, double low, double residual, int relief, Random noise) {
        double p = days >= relief ? residual : low + (residual - low) * days / relief;
        if (noise != null) {
            p += noise.nextGaussian() * 0.4;
        }
        return Math.max(0, Math.min(10, p));
    }

    static double function(double pain, Random random) {
        return Math.max(0, Math.min(10, 10 - pain * 0.8 + random.nextGaussian() * 0.8));
    }

    private static OutcomeLoader.ScoreRow score(UUID patient, String instrument, Occasion occasion, UUID session,
            LocalDate on, double value, String key) {
        return new OutcomeLoader.ScoreRow(patient, instrument, occasion, session, on,
                BigDecimal.valueOf(Math.round(value)), key);
    }
}
