package org.tpiclinic.outcomes.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tpiclinic.outcomes.PracticeReport;
import org.tpiclinic.outcomes.analysis.Interval;
import org.tpiclinic.outcomes.analysis.KaplanMeier;
import org.tpiclinic.scheduling.SchedulingDirectory;

/** The /outcomes page's model and CSV from one report: rates in words, group names, the curve as SVG. */
@Component
class PracticePage {

    private final MessageSource messages;
    private final SiteNames names;
    private final SchedulingDirectory directory;

    PracticePage(MessageSource messages, SiteNames names, SchedulingDirectory directory) {
        this.messages = messages;
        this.names = names;
        this.directory = directory;
    }

    /** One row of a rates table, ready to show. */
    record Row(String label, boolean shown, long patients, long evaluable, String responders, String substantial) {
    }

    record Section(String dimension, String heading, List<Row> rows) {
    }

    /** One choice of a filter's list: the value sent and the words shown. */
    record Choice(String value, String label) {
    }

    /** The filter's choices by field (region, muscle, technique, steroid, clinician, location), labelled. */
    Map<String, List<Choice>> filterChoices(Map<String, List<String>> atlas) {
        var choices = new HashMap<String, List<Choice>>();
        choices.put("region", atlas.get("region").stream()
                .map(g -> new Choice(g, text("outcomes.practice.region." + g))).toList());
        choices.put("muscle", atlas.get("muscle").stream().map(m -> new Choice(m, names.muscle(m))).toList());
        choices.put("technique", List.of("INJECTATE", "DRY_NEEDLING").stream()
                .map(t -> new Choice(t, text("outcomes.practice.technique." + t))).toList());
        choices.put("steroid", List.of("YES", "NO").stream()
                .map(t -> new Choice(t, text("outcomes.practice.steroid." + t))).toList());
        choices.put("clinician", directory.clinicians().stream()
                .map(c -> new Choice(c.id().toString(), c.name())).toList());
        choices.put("location", directory.locations().stream()
                .map(l -> new Choice(l.id().toString(), l.name())).toList());
        return choices;
    }

    void fill(Model model, PracticeReport r) {
        model.addAttribute("report", r);
        model.addAttribute("afterSession", r.afterSession().stream()
                .map(rate -> row(rate, text("outcomes.practice.afterSession." + rate.group()))).toList());
        var labels = labels();
        model.addAttribute("sections", r.breakdowns().stream().map(b -> new Section(b.dimension(),
                text("outcomes.practice.by." + b.dimension()), b.groups().stream()
                        .map(g -> row(g, label(b.dimension(), g.group(), labels))).toList())).toList());
        model.addAttribute("curve", r.relief() == null ? null : curveSvg(r.relief()));
        model.addAttribute("minGroup", r.thresholds().minGroupPatients());
    }

    private Row row(PracticeReport.Rate rate, String label) {
        return new Row(label, rate.shown(), rate.patients(), rate.evaluable(), percent(rate.responders()),
                percent(rate.substantial()));
    }

    String percent(Interval i) {
        if (i == null) {
            return "—";
        }
        return text("outcomes.practice.rate", i.successes(), i.total(), pct(i.proportion()), pct(i.low()),
                pct(i.high()));
    }

    private static String pct(double fraction) {
        return String.format(Locale.US, "%.0f %%", fraction * 100);
    }

    private Map<String, String> labels() {
        var labels = new HashMap<String, String>();
        directory.clinicians().forEach(c -> labels.put("clinician:" + c.id(), c.name()));
        directory.locations().forEach(l -> labels.put("location:" + l.id(), l.name()));
        return labels;
    }

    private String label(String dimension, String group, Map<String, String> labels) {
        return switch (dimension) {
        case "muscle" -> names.muscle(group);
        case "region", "technique", "steroid" -> text("outcomes.practice." + dimension + "." + group);
        default -> labels.getOrDefault(dimension + ":" + group, "NONE".equals(group)
                ? text("outcomes.practice.noLocation") : group);
        };
    }

    static String curveSvg(KaplanMeier.Curve curve) {
        int w = 640;
        int h = 260;
        int left = 48;
        int bottom = 36;
        int top = 12;
        int maxDay = Math.max(1, curve.steps().isEmpty() ? 1 : curve.steps().get(curve.steps().size() - 1).day());
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"km-title\"")
                .append(" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\"><title id=\"km-title\">")
                .append("Share of sessions whose relief had not yet ended, by days after the session")
                .append("</title>");
        for (int p = 0; p <= 100; p += 25) {
            double y = top + (h - top - bottom) * (1 - p / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dee2e6\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#212529\">%d %%</text>",
                    left, y, w - 10, y, left - 6, y + 4, p));
        }
        for (int i = 0; i <= 5; i++) {
            int day = maxDay * i / 5;
            double x = left + (w - left - 10) * (double) day / maxDay;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                    + " fill=\"#212529\">%d</text>", x, h - bottom + 16, day));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                + " fill=\"#212529\">days after the session</text>", (w + left) / 2, h - 4));
        var path = new StringBuilder();
        double s = 1.0;
        path.append(String.format(Locale.ROOT, "M%d,%.1f", left, (double) top));
        var censors = new ArrayList<String>();
        for (var step : curve.steps()) {
            double x = left + (w - left - 10) * (double) step.day() / maxDay;
            double yBefore = top + (h - top - bottom) * (1 - s);
            path.append(String.format(Locale.ROOT, " L%.1f,%.1f", x, yBefore));
            s = step.survival();
            double y = top + (h - top - bottom) * (1 - s);
            path.append(String.format(Locale.ROOT, " L%.1f,%.1f", x, y));
            if (step.censored() > 0) {
                censors.add(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                        + " stroke=\"#1f4e79\" stroke-width=\"1.5\"/>", x, y - 4, x, y + 4));
            }
        }
        svg.append("<path fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" d=\"").append(path).append("\"/>");
        censors.forEach(svg::append);
        return svg.append("</svg>").toString();
    }

    String csv(PracticeReport r) {
        var out = new StringBuilder("section,group,patients,sessions,evaluable,responders,responder_rate,ci_low,"
                + "ci_high,substantial,substantial_rate\n");
        var labels = labels();
        for (var rate : r.afterSession()) {
            csvRow(out, "after session", rate.group(), rate);
        }
        for (var b : r.breakdowns()) {
            for (var g : b.groups()) {
                csvRow(out, b.dimension(), label(b.dimension(), g.group(), labels), g);
            }
        }
        if (r.relief() != null) {
            out.append("\nkaplan_meier_day,at_risk,pain_returned,censored,still_relieved\n");
            for (var s : r.relief().steps()) {
                out.append(s.day()).append(',').append(s.atRisk()).append(',').append(s.events()).append(',')
                        .append(s.censored()).append(',').append(String.format(Locale.ROOT, "%.4f", s.survival()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void csvRow(StringBuilder out, String section, String group, PracticeReport.Rate rate) {
        out.append(cell(section)).append(',').append(cell(group)).append(',');
        if (!rate.shown()) {
            out.append("fewer than the minimum,,,,,,,,\n");
            return;
        }
        var i = rate.responders();
        var s = rate.substantial();
        out.append(rate.patients()).append(',').append(rate.had()).append(',').append(rate.evaluable()).append(',')
                .append(i == null ? "" : i.successes()).append(',').append(i == null ? "" : f(i.proportion()))
                .append(',').append(i == null ? "" : f(i.low())).append(',').append(i == null ? "" : f(i.high()))
                .append(',').append(s == null ? "" : s.successes()).append(',')
                .append(s == null ? "" : f(s.proportion())).append('\n');
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String cell(String text) {
        return CsvCells.cell(text);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.US);
    }

}
