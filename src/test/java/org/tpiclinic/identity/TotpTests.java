package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B: eight-digit codes for each time and HMAC. */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826" })
    void computesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcCode() {
        long step = Totp.step(Instant.ofEpochSecond(1111111109));
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo("081804");
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSide() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long current = Totp.step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, step), now, 0)).hasValue(step);
        }
    }

    @Test
    void refusesCodesTwoStepsAwayInEitherDirection() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long current = Totp.step(now);
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, current - 2), now, 0)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, current + 2), now, 0)).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsedAndAnyEarlierStep() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long current = Totp.step(now);
        String code = Totp.code(SHA1_SEED, current);
        assertThat(Totp.match(SHA1_SEED, code, now, current - 1)).hasValue(current);
        assertThat(Totp.match(SHA1_SEED, code, now, current)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, Totp.code(SHA1_SEED, current - 1), now, current)).isEmpty();
    }

    @Test
    void refusesMalformedCodesAndAcceptsSpaces() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        String code = Totp.code(SHA1_SEED, Totp.step(now));
        assertThat(Totp.match(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, 0)).isPresent();
        assertThat(Totp.match(SHA1_SEED, null, now, 0)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, "12345", now, 0)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, "1234567", now, 0)).isEmpty();
        assertThat(Totp.match(SHA1_SEED, "abcdef", now, 0)).isEmpty();
    }

    @Test
    void base32RoundTripsAnySecret() {
        var random = new Random(6238);
        for (int i = 0; i < 200; i++) {
            byte[] secret = new byte[random.nextInt(41)];
            random.nextBytes(secret);
            assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        }
        // RFC 4648 section 10
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }
}
