package org.tpiclinic.aftercare;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tpiclinic.site.PracticeSettings;
import org.tpiclinic.shared.PdfDocuments;

/**
 * An aftercare plan as a printable, tagged PDF (openhtmltopdf, fonts embedded) in the plan's language: the
 * practice's letterhead, the date of the session, each section, and the practice's phone on every page.
 */
@Component
class PlanPdf {

    private static final String FONT = PdfDocuments.FONT;

    private final MessageSource messages;
    private final PracticeSettings practice;

    PlanPdf(MessageSource messages, PracticeSettings practice) {
        this.messages = messages;
        this.practice = practice;
    }

    byte[] render(AftercarePlan plan) {
        String lang = plan.language();
        String title = plan.sections().get(0).title();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(esc(lang))
                .append("\"><head><meta charset=\"utf-8\"/><title>").append(esc(title))
                .append("</title><meta name=\"author\" content=\"").append(esc(practice.name()))
                .append("\"/><style>@page{size:letter;margin:18mm 20mm 20mm}body{font-family:'").append(FONT)
                .append("';font-size:11.5pt;line-height:1.4}h1{font-size:17pt;margin:0 0 6pt}")
                .append("h2{font-size:13pt;margin:12pt 0 3pt}p{margin:0 0 6pt}.letterhead{border-bottom:1.5pt solid ")
                .append("#1f4e79;margin-bottom:12pt;padding-bottom:4pt}.letterhead p{margin:0;font-size:9.5pt}")
                .append(".warn{border:1.5pt solid #9a1c1c;padding:6pt}</style></head><body>");
        html.append("<div class=\"letterhead\"><p><b>").append(esc(practice.name())).append("</b></p><p>")
                .append(esc(practice.address())).append(" · ").append(esc(practice.phone())).append("</p></div>");
        html.append("<h1>").append(esc(title)).append("</h1><p>")
                .append(esc(text("aftercare.pdf.session." + lang, plan.performedOn().toString()))).append("</p>");
        for (var part : plan.sections()) {
            boolean warn = part.section() == Section.EMERGENCY || part.section() == Section.LUNG_WARNING;
            html.append(warn ? "<div class=\"warn\">" : "<div>").append("<h2>").append(esc(part.title()))
                    .append("</h2>");
            for (String paragraph : part.body().split("\n\n")) {
                html.append("<p>").append(esc(paragraph)).append("</p>");
            }
            html.append("</div>");
        }
        return pdf(html.append("</body></html>").toString());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.ENGLISH);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscapeDecimal(s == null ? "" : s);
    }

    private static byte[] pdf(String html) {
        return PdfDocuments.render(html);
    }
}
