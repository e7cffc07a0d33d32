package org.tpiclinic.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tpiclinic.outcomes.Occasion;
import org.tpiclinic.outcomes.PatientOutcomes;
import org.tpiclinic.outcomes.ScoreEntry;
import org.tpiclinic.outcomes.SessionFacts;
import org.tpiclinic.outcomes.analysis.PainScore;

/**
 * Draws a patient's pain and function over time as SVG on the server: the same picture on the page and in the
 * PDF (attributes only, no stylesheet, so the PDF's SVG renderer draws it as the browser does). Pain is a solid
 * line with round points, function (PSFS) a dashed line with squares, scores just after a session hollow rings;
 * each session is a vertical line whose title names the agents and muscles (a tooltip on hover and focus, read by
 * screen readers). The page also gives the same numbers as a table.
 */
final class CourseChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    static final int LEFT = 44;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    static final String PAIN = "#b02a37";
    static final String FUNCTION = "#1f4e79";

    private CourseChart() {
    }

    static String svg(PatientOutcomes o, String title, String description, SiteNames names) {
        var pain = o.course().scores();
        var function = o.function();
        var dates = new ArrayList<LocalDate>();
        pain.forEach(p -> dates.add(p.on()));
        function.forEach(f -> dates.add(f.on()));
        o.sessions().forEach(s -> dates.add(s.on()));
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"course-title course-desc\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" class=\"outcome-chart\">")
                .append("<title id=\"course-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"course-desc\">").append(esc(description)).append("</desc>");
        axes(svg);
        if (dates.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).get();
        LocalDate last = dates.stream().max(LocalDate::compareTo).get();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        var x = new X(first, span);
        dateTicks(svg, first, last, x);
        int number = 0;
        for (SessionFacts s : o.sessions()) {
            number++;
            double sx = x.at(s.on());
            svg.append("<g tabindex=\"0\"><title>").append(esc(sessionTitle(number, s, names))).append("</title>")
                    .append("<line x1=\"").append(f(sx)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(f(sx))
                    .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#6c757d\" stroke-width=\"2\"")
                    .append(" stroke-dasharray=\"2 3\"/><rect x=\"").append(f(sx - 9)).append("\" y=\"").append(TOP)
                    .append("\" width=\"18\" height=\"14\" fill=\"#6c757d\"/><text x=\"").append(f(sx))
                    .append("\" y=\"").append(TOP + 11).append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#fff\">")
                    .append('S').append(number).append("</text></g>");
        }
        var course = pain.stream().filter(p -> p.occasion() != Occasion.POST_SESSION).toList();
        line(svg, course.stream().map(p -> new double[] { x.at(p.on()), y(p.value()) }).toList(), PAIN, null);
        for (PainScore p : pain) {
            boolean post = p.occasion() == Occasion.POST_SESSION;
            svg.append("<circle cx=\"").append(f(x.at(p.on()))).append("\" cy=\"").append(f(y(p.value())))
                    .append("\" r=\"4\" fill=\"").append(post ? "#fff" : PAIN).append("\" stroke=\"").append(PAIN)
                    .append("\" stroke-width=\"2\"><title>").append(esc(p.on() + ": pain " + plain(p.value())
                            + (post ? " (just after the session)" : ""))).append("</title></circle>");
        }
        line(svg, function.stream().map(e -> new double[] { x.at(e.on()), y(e.score()) }).toList(), FUNCTION,
                "6 4");
        for (ScoreEntry e : function) {
            svg.append("<rect x=\"").append(f(x.at(e.on()) - 4)).append("\" y=\"").append(f(y(e.score()) - 4))
                    .append("\" width=\"8\" height=\"8\" fill=\"").append(FUNCTION).append("\"><title>")
                    .append(esc(e.on() + ": function " + plain(e.score()))).append("</title></rect>");
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    static String sessionTitle(int number, SessionFacts s, SiteNames names) {
        var sites = s.sites().stream().map(names::name).toList();
        String given = s.agents().isBlank() ? "dry needling" : s.agents();
        return "Session " + number + ", " + s.on() + ": " + given + (s.steroid() ? " (with a steroid)" : "")
                + (sites.isEmpty() ? "" : "; " + String.join(", ", sites));
    }

    private static void axes(StringBuilder svg) {
        int bottom = HEIGHT - BOTTOM;
        for (int v = 0; v <= 10; v += 2) {
            double yy = y(BigDecimal.valueOf(v));
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(yy)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(f(yy)).append("\" stroke=\"#dee2e6\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(yy + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#212529\">").append(v).append("</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\" stroke=\"#212529\"/>");
    }

    private static void dateTicks(StringBuilder svg, LocalDate first, LocalDate last, X x) {
        long span = ChronoUnit.DAYS.between(first, last);
        int ticks = (int) Math.min(6, Math.max(1, span / 7));
        for (int i = 0; i <= ticks; i++) {
            LocalDate d = first.plusDays(span * i / Math.max(1, ticks));
            svg.append("<text x=\"").append(f(x.at(d))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#212529\">").append(d).append("</text>");
            if (span == 0) {
                break;
            }
        }
    }

    private static void legend(StringBuilder svg) {
        int yy = HEIGHT - 8;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(yy - 4).append("\" x2=\"").append(LEFT + 24)
                .append("\" y2=\"").append(yy - 4).append("\" stroke=\"").append(PAIN).append("\" stroke-width=\"2\"/>")
                .append("<text x=\"").append(LEFT + 30).append("\" y=\"").append(yy)
                .append("\" font-size=\"11\" fill=\"#212529\">Pain 0-10 (lower is better)</text>")
                .append("<line x1=\"").append(LEFT + 220).append("\" y1=\"").append(yy - 4).append("\" x2=\"")
                .append(LEFT + 244).append("\" y2=\"").append(yy - 4).append("\" stroke=\"").append(FUNCTION)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"").append(LEFT + 250)
                .append("\" y=\"").append(yy).append("\" font-size=\"11\" fill=\"#212529\">")
                .append("Function, PSFS 0-10 (higher is better)</text>");
    }

    private static void line(StringBuilder svg, List<double[]> points, String colour, String dash) {
        if (points.size() < 2) {
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"");
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append(" points=\"");
        points.forEach(p -> svg.append(f(p[0])).append(',').append(f(p[1])).append(' '));
        svg.append("\"/>");
    }

    private record X(LocalDate first, long span) {
        double at(LocalDate d) {
            return LEFT + 10 + (WIDTH - LEFT - RIGHT - 20) * (double) ChronoUnit.DAYS.between(first, d) / span;
        }
    }

    static double y(BigDecimal value) {
        return TOP + 18 + (HEIGHT - TOP - 18 - BOTTOM) * (1 - value.doubleValue() / 10.0);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
