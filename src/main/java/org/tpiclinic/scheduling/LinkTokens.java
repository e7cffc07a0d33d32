package org.tpiclinic.scheduling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for emailed links (online booking confirmation, waitlist offers): 256 random bits, URL-safe. Only the
 * SHA-256 of a token is stored, so a copy of the database opens no link.
 */
public final class LinkTokens {

    /** Longer than any token we make: a longer value is not looked up at all. */
    public static final int MAX_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
