package org.tpiclinic.screening.consent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders exactly what a patient signed as a PDF (openhtmltopdf): the consent text for their plan, the template
 * version, the typed name, the drawn signature if any, the witness and the time in UTC.
 */
@Component
public class ConsentPdf {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;

    ConsentPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(String patientName, ConsentTemplate template, SignedConsent consent, byte[] signaturePng) {
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>")
                .append("body{font-family:sans-serif;font-size:11pt} h1{font-size:16pt} h2{font-size:12pt}")
                .append(" .sig{max-width:300px;max-height:120px;border-bottom:1px solid #000}")
                .append("</style></head><body>");
        html.append("<h1>").append(esc(text("consent.pdf.title", patientName))).append("</h1>");
        html.append("<p>").append(esc(text("consent.pdf.version", template.version(), consent.planCode())))
                .append("</p>");
        for (var part : template.render(consent.plan())) {
            html.append("<h2>").append(esc(text(part.heading()))).append("</h2><p>").append(esc(part.text()))
                    .append("</p>");
        }
        html.append("<h2>").append(esc(text("consent.pdf.signed"))).append("</h2>");
        html.append("<p>").append(esc(text("consent.pdf.typedName", consent.typedName()))).append("</p>");
        if (signaturePng != null) {
            html.append("<p><img class=\"sig\" alt=\"signature\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(signaturePng)).append("\"/></p>");
        } else {
            html.append("<p>").append(esc(text("consent.pdf.typedOnly"))).append("</p>");
        }
        if (consent.witnessName() != null) {
            html.append("<p>").append(esc(text("consent.pdf.witness", consent.witnessName()))).append("</p>");
        }
        html.append("<p>").append(esc(text("consent.pdf.time", UTC.format(consent.signedAt()),
                consent.clientAddress()))).append("</p>");
        html.append("<p>").append(esc(text("consent.pdf.id", consent.id()))).append("</p></body></html>");
        return pdf(html.toString());
    }

    private static byte[] pdf(String html) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.ENGLISH);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscapeDecimal(s);
    }
}
