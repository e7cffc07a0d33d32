package org.tpiclinic.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders an XHTML page as a tagged PDF (openhtmltopdf, PDF/UA) with the application's embedded fonts, the one
 * way every document for people (consent, superbill) is made. Pages name the font family {@link #FONT}.
 */
public final class PdfDocuments {

    /** The font family the page's CSS uses (DejaVu Sans, regular and bold, shipped under /fonts). */
    public static final String FONT = "TPI Sans";

    private PdfDocuments() {
    }

    public static byte[] render(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        var in = PdfDocuments.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return in;
    }
}
