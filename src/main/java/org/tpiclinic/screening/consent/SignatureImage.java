package org.tpiclinic.screening.consent;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.tpiclinic.shared.FieldRefused;

/**
 * Checks that a drawn signature is a real PNG of a signature's size: the PNG signature bytes, a header whose width
 * and height are within the limits (read before any pixel is decoded, so a small file that would inflate to a huge
 * image is refused cheaply), a complete decode, and some ink on it.
 */
final class SignatureImage {

    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private SignatureImage() {
    }

    static void check(byte[] bytes, Signature.Limits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new FieldRefused("signature", "consent.signature.tooLarge", "The drawn signature is too large",
                    limits.maxBytes() / 1024);
        }
        if (bytes.length < PNG_MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, PNG_MAGIC.length), PNG_MAGIC)) {
            throw Signature.invalid();
        }
        BufferedImage image = decode(bytes, limits);
        if (blank(image)) {
            throw new FieldRefused("signature", "consent.signature.blank", "The drawing is empty");
        }
    }

    private static BufferedImage decode(byte[] bytes, Signature.Limits limits) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > limits.maxWidth() || height > limits.maxHeight()) {
                throw new FieldRefused("signature", "consent.signature.tooManyPixels",
                        "The drawn signature is too big", limits.maxWidth(), limits.maxHeight());
            }
            return reader.read(0);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FieldRefused refused) {
                throw refused;
            }
            throw Signature.invalid();
        } finally {
            reader.dispose();
        }
    }

    /** Nothing drawn: every pixel transparent, or every pixel the same colour. */
    private static boolean blank(BufferedImage image) {
        int first = image.getRGB(0, 0);
        boolean ink = false;
        boolean varied = false;
        for (int y = 0; y < image.getHeight() && !(ink && varied); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                ink |= (argb >>> 24) != 0;
                varied |= argb != first;
            }
        }
        return !(ink && varied);
    }
}
