package org.tpiclinic.identity;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id (memory-hard: 16 MiB, 2 passes), which hashes the whole password however
 * long, after Unicode NFKC normalisation so the same passphrase typed on another keyboard still matches.
 * Hashes made earlier with bcrypt (stored without an <code>{id}</code> prefix) still verify, and are re-hashed
 * with Argon2 at the account's next sign-in ({@link AccountDetailsService#updatePassword}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = Map.<String, PasswordEncoder>of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new LegacyBcrypt());
        var delegating = new DelegatingPasswordEncoder("argon2", encoders);
        delegating.setDefaultPasswordEncoderForMatches(new LegacyBcrypt());
        return new Normalizing(delegating);
    }

    /** Applies NFKC before hashing and checking, as NIST SP 800-63B asks for passwords with Unicode. */
    static final class Normalizing implements PasswordEncoder {

        private final PasswordEncoder target;

        Normalizing(PasswordEncoder target) {
            this.target = target;
        }

        private static String normalize(CharSequence raw) {
            return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        }

        @Override
        public String encode(CharSequence raw) {
            return target.encode(normalize(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return target.matches(normalize(raw), encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return target.upgradeEncoding(encoded);
        }
    }

    /**
     * Checks old bcrypt hashes only. bcrypt reads at most 72 bytes, so a longer password can never have been
     * stored with it: such an attempt is simply a wrong password (rather than the library's exception).
     */
    static final class LegacyBcrypt implements PasswordEncoder {

        private static final int BCRYPT_MAX_BYTES = 72;
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException("New passwords are hashed with Argon2");
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
                return false;
            }
            return bcrypt.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return true;
        }
    }
}
