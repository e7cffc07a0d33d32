package org.tpiclinic.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Documents for patients as PDF from XHTML (openhtmltopdf): tagged for accessibility (PDF/UA, so screen readers
 * read them in order; the HTML gives the title and language) with the application's fonts embedded under the
 * family name {@link #FONT}.
 */
public final class TaggedPdf {

    /** The font family a document's CSS names. */
    public static final String FONT = "TPI Sans";

    private TaggedPdf() {
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
        var in = TaggedPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return in;
    }
}
