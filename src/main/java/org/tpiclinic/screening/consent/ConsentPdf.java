package org.tpiclinic.screening.consent;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.patients.Patient;
import org.tpiclinic.shared.PdfDocuments;
import org.tpiclinic.site.PracticeSettings;

/**
 * Renders exactly what a patient signed as a patient-ready PDF (openhtmltopdf): the practice's letterhead; the
 * patient's name, date of birth and MRN; the plan in words with its sides; the consent text for that plan; the
 * clinician who obtained consent; the typed name, the drawn signature if any, the witness (only in the clinic);
 * times in the practice's zone. Paper size is a setting (US Letter by default). The PDF is tagged (PDF/UA, with
 * its title and language) so that screen readers read it in order; fonts are embedded for that.
 */
@Component
public class ConsentPdf {

    static final String FONT = PdfDocuments.FONT;

    private final MessageSource messages;
    private final PracticeSettings practice;
    private final ConsentSettings settings;
    private final Atlas atlas;

    ConsentPdf(MessageSource messages, PracticeSettings practice, ConsentSettings settings, Atlas atlas) {
        this.messages = messages;
        this.practice = practice;
        this.settings = settings;
        this.atlas = atlas;
    }

    /**
     * What goes on the page besides the template and the consent itself.
     *
     * @param planWords  the plan in plain words
     * @param reviewedBy the clinician who reviewed the plan, and when
     */
    public record Content(Patient patient, String planWords, ConsentTemplate template, SignedConsent consent,
            byte[] signaturePng, String reviewedBy, Instant reviewedAt) {
    }

    public byte[] render(Content c) {
        var dates = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
        var times = DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a zzz", Locale.US).withZone(practice.zone());
        var patient = c.patient();
        var consent = c.consent();
        var title = text("consent.pdf.title", patient.givenName() + " " + patient.familyName());
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(title)).append("</title><meta name=\"subject\" content=\"")
                .append(esc(text("consent.pdf.subject"))).append("\"/><meta name=\"author\" content=\"")
                .append(esc(practice.name())).append("\"/><style>").append(css(patient)).append("</style></head><body>");
        html.append("<div class=\"letterhead\"><p class=\"practice\">").append(esc(practice.name())).append("</p><p>")
                .append(esc(practice.address())).append(" · ").append(esc(practice.phone())).append("</p></div>");
        html.append("<h1>").append(esc(title)).append("</h1>");
        line(html, "consent.pdf.patient", patient.givenName() + " " + patient.familyName());
        line(html, "consent.pdf.dateOfBirth", dates.format(patient.dateOfBirth()));
        line(html, "consent.pdf.mrn", patient.mrn());
        html.append("<h2>").append(esc(text("consent.pdf.plan"))).append("</h2>");
        html.append("<p class=\"plan\">").append(esc(c.planWords())).append("</p>");
        if (c.reviewedBy() != null) {
            line(html, "consent.pdf.reviewedBy", c.reviewedBy(), times.format(c.reviewedAt()));
        }
        for (var part : c.template().render(consent.plan(), atlas::nearThorax)) {
            html.append("<h2>").append(esc(text(part.heading()))).append("</h2><p>").append(esc(part.text()))
                    .append("</p>");
        }
        signature(html, c, times);
        line(html, "consent.pdf.reference", c.template().version(), consent.id());
        return pdf(html.append("</body></html>").toString());
    }

    private void signature(StringBuilder html, Content c, DateTimeFormatter times) {
        var consent = c.consent();
        html.append("<h2>").append(esc(text("consent.pdf.signed"))).append("</h2>");
        line(html, "consent.pdf.typedName", consent.typedName());
        if (c.signaturePng() != null) {
            html.append("<p><img class=\"sig\" alt=\"").append(esc(text("consent.pdf.signatureAlt",
                    consent.typedName()))).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.signaturePng())).append("\"/></p>");
        } else {
            html.append("<p>").append(esc(text("consent.pdf.typedOnly"))).append("</p>");
        }
        line(html, "consent.pdf.signedAt", times.format(consent.signedAt()), consent.clientAddress());
        line(html, consent.inClinic() ? "consent.pdf.obtainedInClinic" : "consent.pdf.obtainedInPortal",
                consent.obtainedBy());
        if (consent.witnessName() != null) {
            line(html, "consent.pdf.witness", consent.witnessName());
        }
        line(html, "consent.pdf.validUntil", times.format(consent.validUntil()));
    }

    private String css(Patient patient) {
        // every page names the patient (a page that comes loose still says whose it is) and counts the pages
        String footer = cssString(text("consent.pdf.footer", patient.givenName() + " " + patient.familyName(),
                patient.mrn()));
        return "@page{size:" + settings.pageSize().css() + ";margin:18mm 20mm 20mm;"
                + "@bottom-left{content:" + footer + ";font-family:'" + FONT + "';font-size:8.5pt;color:#444}"
                + "@bottom-right{content:'" + cssText(text("consent.pdf.page")) + " ' counter(page) ' "
                + cssText(text("consent.pdf.of")) + " ' counter(pages);font-family:'" + FONT
                + "';font-size:8.5pt;color:#444}}"
                + "body{font-family:'" + FONT + "';font-size:11pt;line-height:1.35}"
                + "h1{font-size:16pt;margin:0 0 6pt} h2{font-size:12pt;margin:12pt 0 3pt} p{margin:0 0 5pt}"
                + ".letterhead{border-bottom:1.5pt solid #1f4e79;margin-bottom:12pt;padding-bottom:4pt}"
                + ".letterhead p{margin:0;font-size:9.5pt} .letterhead .practice{font-size:15pt;font-weight:bold;"
                + "color:#1f4e79} .plan{font-size:13pt;font-weight:bold}"
                + ".sig{width:240px;height:80px;border-bottom:1px solid #000;image-rendering:pixelated}";
    }

    /** A CSS string literal; anything but letters, digits and a few safe marks is written as a CSS escape. */
    static String cssString(String s) {
        return "'" + cssText(s) + "'";
    }

    private static String cssText(String s) {
        var out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == ',' || c == '-' || c == '(' || c == ')') {
                out.appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }

    private void line(StringBuilder html, String key, Object... args) {
        html.append("<p>").append(esc(text(key, args))).append("</p>");
    }

    private static byte[] pdf(String html) {
        return PdfDocuments.render(html);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.ENGLISH);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscapeDecimal(s == null ? "" : s);
    }
}
