package org.tpiclinic.screening.consent;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * How a patient signs: the typed full name, and a drawn signature (a PNG data URL) unless they chose to sign by
 * typing only. Checks itself; {@link ConsentRefused} names the field at fault.
 *
 * @param png the drawn signature, or {@code null} when signing by typing only
 */
public record Signature(String typedName, byte[] png, String witnessName) {

    /** About 200 KB of data URL: a drawn signature is a few KB; more is not a signature. */
    public static final int MAX_DATA_URL_LENGTH = 200_000;
    private static final String PREFIX = "data:image/png;base64,";
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    /** Reads the form's values, refusing a name that is not the patient's or a missing or bad drawing. */
    public static Signature of(String typedName, String dataUrl, boolean typedOnly, String witnessName,
            String... patientNames) {
        var name = typedName == null ? "" : typedName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || Arrays.stream(patientNames).noneMatch(n -> n != null && fold(n).equals(fold(name)))) {
            throw new ConsentRefused("typedName", "consent.name.mismatch", "Type your full name as the clinic has it");
        }
        var witness = witnessName == null || witnessName.isBlank() ? null : witnessName.strip();
        if (witness != null && witness.length() > 200) {
            throw new ConsentRefused("witnessName", "consent.witness.tooLong", "The witness name is too long");
        }
        boolean drawn = dataUrl != null && !dataUrl.isBlank();
        if (!drawn) {
            if (!typedOnly) {
                throw new ConsentRefused("signature", "consent.signature.missing",
                        "Draw your signature, or tick \"I sign by typing my name\"");
            }
            return new Signature(name, null, witness);
        }
        return new Signature(name, png(dataUrl), witness);
    }

    private static byte[] png(String dataUrl) {
        if (dataUrl.length() > MAX_DATA_URL_LENGTH) {
            throw new ConsentRefused("signature", "consent.signature.tooLarge", "The drawn signature is too large");
        }
        byte[] bytes;
        try {
            bytes = dataUrl.startsWith(PREFIX) ? Base64.getDecoder().decode(dataUrl.substring(PREFIX.length())) : null;
        } catch (IllegalArgumentException notBase64) {
            bytes = null;
        }
        if (bytes == null || bytes.length < PNG_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(bytes, PNG_MAGIC.length), PNG_MAGIC)) {
            throw new ConsentRefused("signature", "consent.signature.invalid", "The drawn signature could not be read");
        }
        return bytes;
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
