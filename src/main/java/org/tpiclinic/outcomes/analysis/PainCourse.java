package org.tpiclinic.outcomes.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tpiclinic.outcomes.Occasion;

/**
 * One patient's pain over time, read against their baseline: change in points and percent, responder status,
 * and for each session its response and how long relief lasted. Input that cannot be trusted is set aside and
 * said so in {@link Summary#notes()} (message keys under {@code outcomes.note.}), never turned into a number.
 * Scores taken just after a session are left out of change and relief: they show the anaesthetic, not the
 * course.
 */
public final class PainCourse {

    static final BigDecimal MAX = BigDecimal.TEN;
    static final int GAP_DAYS = 62;

    public enum Status {
        SUBSTANTIAL, RESPONDER, NOT_RESPONDER, NOT_EVALUABLE
    }

    /** The score change is measured from; {@code fromFirstSession} when no baseline form was filled. */
    public record Baseline(BigDecimal value, LocalDate on, boolean fromFirstSession) {
    }

    /**
     * @param scores the scores used, in time order (out-of-range and repeated ones left out)
     * @param latest the latest score that is not a just-after-session score
     */
    public record Summary(List<PainScore> scores, Baseline baseline, PainScore latest, BigDecimal changePoints,
            BigDecimal changePercent, Status status, List<SessionResult> sessions, Set<String> notes) {
    }

    private PainCourse() {
    }

    public static Summary of(List<PainScore> given, List<SessionMark> sessionsGiven, Thresholds t) {
        var notes = new LinkedHashSet<String>();
        var scores = clean(given, notes);
        var sessions = sessionsGiven.stream().sorted(Comparator.comparing(SessionMark::on)).toList();
        var baseline = baseline(scores, sessions, notes);
        var course = scores.stream().filter(s -> s.occasion() != Occasion.POST_SESSION).toList();
        PainScore latest = course.isEmpty() ? null : course.get(course.size() - 1);
        gaps(course, notes);
        BigDecimal points = null;
        BigDecimal percent = null;
        Status status = Status.NOT_EVALUABLE;
        if (scores.size() == 1) {
            notes.add("onePoint");
        }
        if (baseline != null && latest != null && latest.on().isAfter(baseline.on())) {
            points = baseline.value().subtract(latest.value());
            percent = percent(points, baseline.value());
            status = status(points, percent, t);
            if (percent == null) {
                notes.add("baselineZero");
            }
        } else if (baseline != null && scores.size() > 1) {
            notes.add("nothingAfterBaseline");
        }
        var results = new ArrayList<SessionResult>();
        for (int i = 0; i < sessions.size(); i++) {
            var next = i + 1 < sessions.size() ? sessions.get(i + 1).on() : null;
            results.add(session(i + 1, sessions.get(i), next, scores, course, baseline, t));
        }
        return new Summary(scores, baseline, latest, points, percent, status, List.copyOf(results), notes);
    }

    private static List<PainScore> clean(List<PainScore> given, Set<String> notes) {
        var kept = new ArrayList<PainScore>();
        var seen = new java.util.HashSet<List<Object>>();
        for (var s : given) {
            if (s.value() == null || s.value().signum() < 0 || s.value().compareTo(MAX) > 0) {
                notes.add("outOfRange");
            } else if (!seen.add(List.of(s.on(), String.valueOf(s.at()), s.occasion(), s.value().stripTrailingZeros(),
                    String.valueOf(s.session())))) {
                notes.add("duplicate");
            } else {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparing(PainScore::on).thenComparing(PainScore::at,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return kept;
    }

    private static Baseline baseline(List<PainScore> scores, List<SessionMark> sessions, Set<String> notes) {
        LocalDate first = sessions.isEmpty() ? null : sessions.get(0).on();
        PainScore chosen = null;
        for (var s : scores) {
            if (s.occasion() == Occasion.BASELINE && (first == null || !s.on().isAfter(first))) {
                chosen = s; // the last baseline before treatment: the closest to where treatment started
            }
        }
        if (chosen != null) {
            return new Baseline(chosen.value(), chosen.on(), false);
        }
        if (first != null) {
            var pre = scores.stream().filter(s -> s.occasion() == Occasion.PRE_SESSION && s.on().equals(first))
                    .findFirst();
            if (pre.isPresent()) {
                notes.add("baselineFromFirstSession");
                return new Baseline(pre.get().value(), pre.get().on(), true);
            }
        }
        if (!scores.isEmpty()) {
            notes.add("noBaseline");
        }
        return null;
    }

    private static void gaps(List<PainScore> course, Set<String> notes) {
        for (int i = 1; i < course.size(); i++) {
            if (ChronoUnit.DAYS.between(course.get(i - 1).on(), course.get(i).on()) > GAP_DAYS) {
                notes.add("gap");
                return;
            }
        }
    }

    private static SessionResult session(int number, SessionMark s, LocalDate next, List<PainScore> all,
            List<PainScore> course, Baseline baseline, Thresholds t) {
        BigDecimal pre = all.stream().filter(p -> p.occasion() == Occasion.PRE_SESSION
                && (s.id().equals(p.session()) || p.session() == null && p.on().equals(s.on())))
                .map(PainScore::value).findFirst().orElse(null);
        // After the session day, up to and including the next session's day (its pre-session score).
        var after = course.stream().filter(p -> p.on().isAfter(s.on()) && (next == null || !p.on().isAfter(next)))
                .toList();
        LocalDate windowEnd = s.on().plusDays(t.responseWindow());
        PainScore response = after.stream().filter(p -> !p.on().isAfter(windowEnd))
                .min(Comparator.comparingLong((PainScore p) -> Math.abs(days(s.on(), p.on()) - t.responseDay()))
                        .thenComparing(PainScore::on, Comparator.reverseOrder()))
                .orElse(null);
        BigDecimal points = null;
        BigDecimal percent = null;
        Boolean responder = null;
        Boolean substantial = null;
        String responseNote = null;
        if (baseline == null) {
            responseNote = "noBaseline";
        } else if (response == null) {
            responseNote = "noResponse";
        } else if (baseline.value().signum() == 0) {
            responseNote = "baselineZero";
        } else {
            points = baseline.value().subtract(response.value());
            percent = percent(points, baseline.value());
            var status = status(points, percent, t);
            responder = status == Status.RESPONDER || status == Status.SUBSTANTIAL;
            substantial = status == Status.SUBSTANTIAL;
        }
        Integer reliefDays = null;
        Boolean ended = null;
        String reliefNote = null;
        if (pre == null) {
            reliefNote = "noPreScore";
        } else if (pre.compareTo(t.reliefMargin()) <= 0) {
            reliefNote = "preTooLow";
        } else if (after.isEmpty()) {
            reliefNote = "noScoreAfter";
        } else {
            BigDecimal returnsAt = pre.subtract(t.reliefMargin());
            var back = after.stream().filter(p -> p.value().compareTo(returnsAt) >= 0).findFirst();
            ended = back.isPresent();
            reliefDays = (int) days(s.on(), back.orElse(after.get(after.size() - 1)).on());
        }
        return new SessionResult(s.id(), number, s.on(), pre, response == null ? null : response.value(),
                response == null ? null : response.on(), points, percent, responder, substantial, responseNote,
                reliefDays, ended, reliefNote);
    }

    static Status status(BigDecimal points, BigDecimal percent, Thresholds t) {
        Objects.requireNonNull(points);
        if (percent != null && percent.compareTo(t.substantialPercent()) >= 0) {
            return Status.SUBSTANTIAL;
        }
        if (points.compareTo(t.responderPoints()) >= 0
                || percent != null && percent.compareTo(t.responderPercent()) >= 0) {
            return Status.RESPONDER;
        }
        return Status.NOT_RESPONDER;
    }

    static BigDecimal percent(BigDecimal points, BigDecimal baseline) {
        if (baseline.signum() == 0) {
            return null;
        }
        return points.multiply(BigDecimal.valueOf(100)).divide(baseline, 1, RoundingMode.HALF_UP);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
