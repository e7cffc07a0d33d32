package org.tpiclinic.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets for emailed links: 256 random bits, URL-safe, and the SHA-256 that is stored instead of the secret (so
 * a copy of the database holds no working link).
 */
public final class SecretTokens {

    /** Longer than any token {@link #generate} makes; anything longer is not ours and is not even hashed. */
    public static final int MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** 43 URL-safe characters. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The lower-case hex SHA-256 of the token (64 characters). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
