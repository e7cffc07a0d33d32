package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {

    final PasswordEncoder encoder = new PasswordHashing().passwordEncoder();

    @Test
    void hashesWithArgon2id() {
        String hash = encoder.encode("lanterns over the quiet harbor");
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches("lanterns over the quiet harbor", hash)).isTrue();
        assertThat(encoder.matches("lanterns over the quiet harbour", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void theWholeOfALongPassphraseCounts() {
        String first72 = "x".repeat(72);
        String hash = encoder.encode(first72 + " and then a tail that bcrypt would have ignored");
        assertThat(encoder.matches(first72 + " and then a tail that bcrypt would have ignored", hash)).isTrue();
        assertThat(encoder.matches(first72 + " and then a different tail", hash)).isFalse();
        assertThat(encoder.matches(first72, hash)).isFalse();
    }

    @Test
    void oldBcryptHashesStillVerifyAndAreMarkedForRehashing() {
        String old = new BCryptPasswordEncoder(4).encode("bluepoint-demo");
        assertThat(encoder.matches("bluepoint-demo", old)).isTrue();
        assertThat(encoder.matches("bluepoint-dem0", old)).isFalse();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
    }

    @Test
    void aPasswordTooLongForBcryptIsSimplyWrongAgainstAnOldHash() {
        String old = new BCryptPasswordEncoder(4).encode("bluepoint-demo");
        assertThat(encoder.matches("y".repeat(500), old)).isFalse();
    }

    @Test
    void unicodeIsNormalisedSoTheSamePassphraseMatchesHoweverItWasTyped() {
        String composed = "caf\u00e9 au lait sous la pluie";
        String decomposed = "cafe\u0301 au lait sous la pluie";
        assertThat(encoder.matches(decomposed, encoder.encode(composed))).isTrue();
    }
}
