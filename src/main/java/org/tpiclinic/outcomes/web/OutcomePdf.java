package org.tpiclinic.outcomes.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tpiclinic.shared.PdfDocuments;
import org.tpiclinic.outcomes.PatientOutcomes;
import org.tpiclinic.site.PracticeSettings;

/**
 * A patient's outcome summary as a PDF a clinician can share (openhtmltopdf): the practice, the patient, the
 * same SVG chart as the page (drawn by Batik), change from baseline, responder status, the notes about the data,
 * and each session's response and relief as a table, with the thresholds used and their sources.
 */
@Component
class OutcomePdf {

    static final String FONT = PdfDocuments.FONT;

    private final OutcomePages pages;
    private final PracticeSettings practice;
    private final java.time.Clock clock;

    OutcomePdf(OutcomePages pages, PracticeSettings practice, java.time.Clock clock) {
        this.pages = pages;
        this.practice = practice;
        this.clock = clock;
    }

    byte[] render(PatientOutcomes o, String patientName) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(pages.text("outcomes.pdf.title", patientName))).append("</title><style>")
                .append("@page{size:letter;margin:18mm} body{font-family:'").append(FONT)
                .append("';font-size:10pt} h1{font-size:15pt} h2{font-size:12pt;margin-top:10pt}")
                .append(" table{border-collapse:collapse;width:100%} th,td{border:1px solid #999;padding:2pt 4pt;")
                .append("font-size:8.5pt;text-align:left;vertical-align:top} .practice{font-weight:bold;color:#1f4e79}")
                .append("</style></head><body>");
        html.append("<p class=\"practice\">").append(esc(practice.name())).append("</p><p>")
                .append(esc(practice.address())).append(" · ").append(esc(practice.phone())).append("</p>");
        html.append("<h1>").append(esc(pages.text("outcomes.pdf.title", patientName))).append("</h1>");
        html.append("<p>").append(esc(pages.text("outcomes.pdf.printed",
                DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(LocalDate.now(clock.withZone(practice.zone()))))))
                .append("</p>");
        html.append(pages.chart(o, patientName));
        var c = o.course();
        html.append("<h2>").append(esc(pages.text("outcomes.summary.heading"))).append("</h2><p>")
                .append(esc(pages.text("outcomes.baseline.label"))).append(": ")
                .append(esc(c.baseline() == null ? "—" : OutcomePages.plain(c.baseline().value()) + " ("
                        + c.baseline().on() + ")"))
                .append("<br/>").append(esc(pages.text("outcomes.change.label"))).append(": ")
                .append(esc(pages.change(c))).append("<br/>").append(esc(pages.text("outcomes.status.label")))
                .append(": ").append(esc(pages.text("outcomes.status." + c.status()))).append("</p>");
        for (String note : c.notes()) {
            html.append("<p>").append(esc(pages.text("outcomes.note." + note))).append("</p>");
        }
        html.append("<h2>").append(esc(pages.text("outcomes.sessions.heading"))).append("</h2><table><thead><tr>");
        for (String h : new String[] { "number", "date", "given", "sites", "pre", "response", "change", "status",
                "relief" }) {
            html.append("<th>").append(esc(pages.text("outcomes.sessions." + h))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (var row : pages.sessionRows(o)) {
            html.append("<tr>");
            for (Object cell : new Object[] { row.number(), row.on(), row.given(), row.sites(), row.pre(),
                    row.response(), row.change(), row.status(), row.relief() }) {
                html.append("<td>").append(esc(String.valueOf(cell))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><h2>").append(esc(pages.text("outcomes.thresholds.heading"))).append("</h2>");
        for (var t : o.sources()) {
            html.append("<p>").append(esc(t.note() + ": " + OutcomePages.plain(t.amount()) + " " + t.unit() + ". "
                    + t.source())).append("</p>");
        }
        return pdf(html.append("</body></html>").toString());
    }

    private static byte[] pdf(String html) {
        return PdfDocuments.renderWithPictures(html);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscapeDecimal(s == null ? "" : s);
    }
}
