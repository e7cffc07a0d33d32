package org.tpiclinic.screening.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpiclinic.shared.FieldRefused;

/** A drawn signature is decoded and checked for size, pixels and ink before it is accepted. */
class SignatureImageTest {

    static final Signature.Limits LIMITS = new Signature.Limits(100 * 1024, 1200, 600);

    static byte[] image(int width, int height, boolean ink, String format) throws Exception {
        var image = new BufferedImage(width, height, "png".equals(format) ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        if (ink) {
            var g = image.getGraphics();
            g.setColor(Color.BLACK);
            g.drawLine(1, 1, width - 2, height - 2);
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static String dataUrl(byte[] bytes) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    static FieldRefused refusal(String dataUrl) {
        try {
            Signature.of("Zoe Elodie", dataUrl, false, null, LIMITS, "Zoe Elodie");
        } catch (FieldRefused refused) {
            assertThat(refused.field()).isEqualTo("signature");
            return refused;
        }
        throw new AssertionError("accepted: " + dataUrl.substring(0, Math.min(60, dataUrl.length())));
    }

    @Test
    void aDrawingFromThePadIsAccepted() throws Exception {
        var png = image(600, 200, true, "png");
        assertThat(Signature.of("Zoe Elodie", dataUrl(png), false, null, LIMITS, "Zoe Elodie").png()).isEqualTo(png);
    }

    @Test
    void aPngWiderOrTallerThanTheLimitIsRefusedBeforeItsPixelsAreDecoded() throws Exception {
        assertThat(refusal(dataUrl(image(1201, 100, true, "png"))).messageKey())
                .isEqualTo("consent.signature.tooManyPixels");
        assertThat(refusal(dataUrl(image(300, 601, true, "png"))).arguments()).containsExactly(1200, 600);
    }

    @Test
    void aSmallFileThatWouldInflateToAHugeImageIsRefusedByItsHeader() throws Exception {
        // a valid PNG header claiming 50,000 x 50,000 pixels: refused from the header, no 10 GB decode attempted
        var header = image(10, 10, true, "png");
        ByteBuffer.wrap(header, 16, 8).putInt(50_000).putInt(50_000);
        assertThat(refusal(dataUrl(header)).messageKey()).isIn("consent.signature.tooManyPixels",
                "consent.signature.invalid");
    }

    @Test
    void moreBytesThanTheLimitAreRefusedAsTooLarge() {
        var big = new byte[LIMITS.maxBytes() + 1];
        assertThat(refusal(dataUrl(big)).messageKey()).isEqualTo("consent.signature.tooLarge");
        assertThat(refusal("data:image/png;base64," + "A".repeat(250_000)).messageKey())
                .isEqualTo("consent.signature.tooLarge");
    }

    @ParameterizedTest
    @ValueSource(strings = { "jpeg", "gif", "bmp" })
    void anotherImageFormatIsRefused(String format) throws Exception {
        assertThat(refusal(dataUrl(image(60, 20, true, format))).messageKey()).isEqualTo("consent.signature.invalid");
    }

    @Test
    void garbageAndATruncatedPngAreRefusedAsUnreadable() throws Exception {
        assertThat(refusal("data:image/png;base64,bm90IGEgcG5n").messageKey()).isEqualTo("consent.signature.invalid");
        assertThat(refusal("data:image/png;base64,@@@").messageKey()).isEqualTo("consent.signature.invalid");
        assertThat(refusal("data:text/html;base64,PHNjcmlwdD4=").messageKey()).isEqualTo("consent.signature.invalid");
        var png = image(600, 200, true, "png");
        var truncated = Arrays.copyOf(png, png.length / 2);
        assertThat(refusal(dataUrl(truncated)).messageKey()).isEqualTo("consent.signature.invalid");
    }

    @Test
    void anEmptyDrawingIsRefused() throws Exception {
        assertThat(refusal(dataUrl(image(600, 200, false, "png"))).messageKey()).isEqualTo("consent.signature.blank");
    }
}
