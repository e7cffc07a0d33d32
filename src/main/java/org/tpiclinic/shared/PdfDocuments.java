package org.tpiclinic.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

/**
 * Renders an XHTML page as a PDF (openhtmltopdf) with the application's embedded fonts, the one way every document
 * for people is made: text documents (consent, superbill, aftercare plan, procedure note) tagged for screen readers
 * (PDF/UA); documents with inline SVG pictures (the body chart, outcome charts) drawn by Batik with scripts and
 * external resources switched off. Pages name the font family {@link #FONT}.
 */
public final class PdfDocuments {

    /** The font family the page's CSS uses (DejaVu Sans, regular and bold, shipped under /fonts). */
    public static final String FONT = "TPI Sans";

    private PdfDocuments() {
    }

    /** A text document, tagged for accessibility (PDF/UA). */
    public static byte[] render(String xhtml) {
        return render(xhtml, false);
    }

    /** A document with inline SVG pictures, drawn securely (no scripts, no external resources). */
    public static byte[] renderWithPictures(String xhtml) {
        return render(xhtml, true);
    }

    private static byte[] render(String xhtml, boolean pictures) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            if (pictures) {
                builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            } else {
                builder.usePdfUaAccessbility(true);
            }
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
