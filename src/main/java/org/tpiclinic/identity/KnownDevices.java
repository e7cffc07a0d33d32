package org.tpiclinic.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Devices an account signed in from before. After a successful sign-in the browser gets a long random
 * device token in an HTTP-only cookie; the database keeps only its SHA-256 with the username. A later attempt
 * for that username carrying the cookie is from a known device and is not slowed by other people's failures
 * (see {@link SignInThrottle}). One device can be known to several accounts (a shared front-desk computer).
 */
@Component
class KnownDevices {

    static final String COOKIE = "tpi_device";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ThrottleProperties settings;
    private final Clock clock;
    private final boolean secureCookies;

    KnownDevices(JdbcClient jdbc, ThrottleProperties settings, Clock clock,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.secureCookies = secureCookies;
    }

    /** The attempt this request makes, with its device if that device is known to the username typed. */
    @Transactional(readOnly = true)
    public SignInAttempt attempt(HttpServletRequest request) {
        var bare = new SignInAttempt(request.getParameter("username"), request.getRemoteAddr(), null);
        String token = token(request);
        if (token == null) {
            return bare;
        }
        String hash = hash(token);
        var since = clock.instant().minus(settings.knownDeviceLifetime()).atOffset(ZoneOffset.UTC);
        boolean known = jdbc.sql("SELECT COUNT(*) FROM known_devices WHERE device_hash = ? AND username = ? "
                        + "AND last_signed_in_at > ?")
                .params(hash, bare.username(), since).query(Long.class).single() > 0;
        return known ? new SignInAttempt(bare.username(), bare.address(), hash) : bare;
    }

    /** Makes this device known to the user who just signed in, keeping its token if it has one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void remember(String username, HttpServletRequest request, HttpServletResponse response) {
        String token = token(request);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        String hash = hash(token);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var user = new SignInAttempt(username, null, null).username();
        if (jdbc.sql("UPDATE known_devices SET last_signed_in_at = ? WHERE device_hash = ? AND username = ?")
                .params(now, hash, user).update() == 0) {
            jdbc.sql("INSERT INTO known_devices (device_hash, username, last_signed_in_at) VALUES (?, ?, ?)")
                    .params(hash, user, now).update();
        }
        var cookie = ResponseCookie.from(COOKIE, token)
                .httpOnly(true)
                .secure(secureCookies || request.isSecure())
                .sameSite("Lax")
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(settings.knownDeviceLifetime())
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static String token(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && TOKEN.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
