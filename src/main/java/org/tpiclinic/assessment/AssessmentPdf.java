package org.tpiclinic.assessment;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tpiclinic.shared.PdfDocuments;
import org.tpiclinic.patients.Patient;

/**
 * Renders a patient's assessment as a PDF: who it is, the latest pain drawing and the latest visit's trigger-point
 * findings on the body chart ({@link ChartSvg}), and both as tables (the chart is never the only place a fact is).
 */
@Component
class AssessmentPdf {

    static final String FONT = PdfDocuments.FONT;

    private final MessageSource messages;
    private final BodyChart chart;
    private final Atlas atlas;
    private final ChartSvg svg;

    AssessmentPdf(MessageSource messages, BodyChart chart, Atlas atlas, ChartSvg svg) {
        this.messages = messages;
        this.chart = chart;
        this.atlas = atlas;
        this.svg = svg;
    }

    byte[] render(Patient patient, PainDrawing drawing, List<TriggerPointFinding> findings) {
        var dates = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
        String name = patient.givenName() + " " + patient.familyName();
        String title = text("assessment.pdf.title", name);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(title)).append("</title><style>").append(CSS).append("</style></head><body>");
        html.append("<h1>").append(esc(title)).append("</h1>");
        para(html, text("assessment.pdf.patient", name, dates.format(patient.dateOfBirth()), patient.mrn()));
        var marks = drawing == null ? List.<ZoneMark>of() : drawing.marks();
        var points = findings.stream().map(f -> ChartSvg.Point.of(f, findingLabel(f))).toList();
        html.append("<h2>").append(esc(text("assessment.pdf.chart"))).append("</h2>");
        para(html, drawing == null ? text("assessment.pdf.noDrawing")
                : text("assessment.pdf.drawing", dates.format(drawing.visitDate()), drawing.drawnBy()));
        if (!findings.isEmpty()) {
            para(html, text("assessment.pdf.findingsOf", dates.format(findings.get(0).visitDate())));
        }
        html.append("<div class=\"chart\">").append(svg.svg(title, captions(), marks, points)).append("</div>");
        para(html, text("assessment.pdf.legend"));
        markTable(html, marks);
        findingTable(html, findings);
        return pdf(html.append("</body></html>").toString());
    }

    private void markTable(StringBuilder html, List<ZoneMark> marks) {
        html.append("<h2>").append(esc(text("assessment.pdf.marks"))).append("</h2>");
        if (marks.isEmpty()) {
            para(html, text("assessment.pdf.noMarks"));
            return;
        }
        html.append("<table><thead><tr><th>").append(esc(text("assessment.pdf.zone"))).append("</th><th>")
                .append(esc(text("assessment.pdf.intensity"))).append("</th><th>")
                .append(esc(text("assessment.quality"))).append("</th></tr></thead><tbody>");
        for (ZoneMark m : marks) {
            row(html, chart.zone(m.zone()).map(BodyZone::label).orElse(m.zone()), m.intensity() + "/10",
                    m.quality() == null ? "" : text("assessment.quality." + m.quality()));
        }
        html.append("</tbody></table>");
    }

    private void findingTable(StringBuilder html, List<TriggerPointFinding> findings) {
        html.append("<h2>").append(esc(text("assessment.findings"))).append("</h2>");
        if (findings.isEmpty()) {
            para(html, text("assessment.findings.none"));
            return;
        }
        html.append("<table><thead><tr><th>").append(esc(text("assessment.pdf.muscle"))).append("</th><th>")
                .append(esc(text("assessment.pdf.exam"))).append("</th><th>")
                .append(esc(text("assessment.pdf.note"))).append("</th></tr></thead><tbody>");
        for (TriggerPointFinding f : findings) {
            row(html, findingLabel(f), exam(f), f.note() == null ? "" : f.note());
        }
        html.append("</tbody></table>");
    }

    private String findingLabel(TriggerPointFinding f) {
        String muscle = atlas.muscle(f.muscle()).map(AtlasMuscle::name).orElse(f.muscle());
        return muscle + ", " + f.side().word() + ": " + text("assessment.finding." + (f.active() ? "active" : "latent"));
    }

    private String exam(TriggerPointFinding f) {
        var signs = new java.util.ArrayList<String>();
        if (f.tautBand()) {
            signs.add(text("assessment.pdf.tautBand"));
        }
        if (f.twitchResponse()) {
            signs.add(text("assessment.pdf.twitch"));
        }
        if (f.jumpSign()) {
            signs.add(text("assessment.pdf.jump"));
        }
        if (f.reproducesPain()) {
            signs.add(text("assessment.pdf.reproduces"));
        }
        if (f.carriedOver()) {
            signs.add(text("assessment.pdf.carriedOver"));
        }
        return String.join("; ", signs);
    }

    private EnumMap<ChartView, String> captions() {
        var captions = new EnumMap<ChartView, String>(ChartView.class);
        for (ChartView view : ChartView.values()) {
            captions.put(view, text("assessment.view." + view));
        }
        return captions;
    }

    private static void row(StringBuilder html, String... cells) {
        html.append("<tr>");
        for (String cell : cells) {
            html.append("<td>").append(esc(cell)).append("</td>");
        }
        html.append("</tr>");
    }

    private static void para(StringBuilder html, String text) {
        html.append("<p>").append(esc(text)).append("</p>");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static final String CSS = "@page{size:letter;margin:16mm 16mm 18mm;"
            + "@bottom-right{content:counter(page) ' / ' counter(pages);font-family:'" + FONT + "';font-size:8.5pt}}"
            + "body{font-family:'" + FONT + "';font-size:10.5pt;line-height:1.35}"
            + "h1{font-size:16pt;margin:0 0 6pt} h2{font-size:12pt;margin:12pt 0 3pt} p{margin:0 0 5pt}"
            + ".chart svg{width:178mm;height:auto} table{border-collapse:collapse;width:100%}"
            + "th,td{border:0.6pt solid #777;padding:2pt 4pt;text-align:left;vertical-align:top}";

    private static byte[] pdf(String html) {
        return PdfDocuments.renderWithPictures(html);
    }

}
