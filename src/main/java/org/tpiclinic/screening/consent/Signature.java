package org.tpiclinic.screening.consent;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.tpiclinic.shared.FieldRefused;

/**
 * How a patient signs: the typed full name, and a drawn signature (a PNG data URL) unless they chose to sign by
 * typing only. Checks itself; {@link FieldRefused} names the field at fault.
 *
 * @param png the drawn signature, or {@code null} when signing by typing only
 */
public record Signature(String typedName, byte[] png, String witnessName) {

    /** Limits on a drawn signature: its PNG's size in bytes and its width and height in pixels. */
    public record Limits(int maxBytes, int maxWidth, int maxHeight) {
    }

    private static final String PREFIX = "data:image/png;base64,";

    /** Reads the form's values, refusing a name that is not the patient's or a missing or bad drawing. */
    public static Signature of(String typedName, String dataUrl, boolean typedOnly, String witnessName,
            Limits limits, String... patientNames) {
        var name = typedName == null ? "" : typedName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || Arrays.stream(patientNames).noneMatch(n -> n != null && fold(n).equals(fold(name)))) {
            throw new FieldRefused("typedName", "consent.name.mismatch", "Type your full name as the clinic has it");
        }
        var witness = witnessName == null || witnessName.isBlank() ? null : witnessName.strip();
        if (witness != null && witness.length() > 200) {
            throw new FieldRefused("witnessName", "consent.witness.tooLong", "The witness name is too long");
        }
        boolean drawn = dataUrl != null && !dataUrl.isBlank();
        if (!drawn) {
            if (!typedOnly) {
                throw new FieldRefused("signature", "consent.signature.missing",
                        "Draw your signature, or tick \"I sign by typing my name\"");
            }
            return new Signature(name, null, witness);
        }
        return new Signature(name, png(dataUrl, limits), witness);
    }

    private static byte[] png(String dataUrl, Limits limits) {
        // base64 carries 3 bytes in 4 characters: refuse an oversized drawing before decoding it
        if (dataUrl.length() > PREFIX.length() + (limits.maxBytes() + 2) / 3 * 4) {
            throw new FieldRefused("signature", "consent.signature.tooLarge", "The drawn signature is too large",
                    limits.maxBytes() / 1024);
        }
        byte[] bytes;
        try {
            bytes = dataUrl.startsWith(PREFIX) ? Base64.getDecoder().decode(dataUrl.substring(PREFIX.length())) : null;
        } catch (IllegalArgumentException notBase64) {
            bytes = null;
        }
        if (bytes == null) {
            throw invalid();
        }
        SignatureImage.check(bytes, limits);
        return bytes;
    }

    static FieldRefused invalid() {
        return new FieldRefused("signature", "consent.signature.invalid", "The drawn signature could not be read");
    }

    /** Case- and accent-insensitive form of a name, with single spaces. */
    static String fold(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean drawn() {
        return png != null;
    }
}
