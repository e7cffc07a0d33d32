package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpiclinic.shared.FieldRefused;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy("Blue Point Medical Group", "Blue Point");

    Optional<String> problem(String password, boolean mfa, String... about) {
        return policy.check(password, mfa, about).map(FieldRefused::messageKey);
    }

    @Test
    void needsFifteenCharactersWithoutASecondFactorAndEightWithOne() {
        assertThat(problem("amber kettle 9", false)).hasValue("password.tooShort");
        assertThat(problem("amber kettle 9x", false)).isEmpty();
        assertThat(problem("kettle9x", true)).isEmpty();
        assertThat(problem("kettle9", true)).hasValue("password.tooShort");
        assertThat(policy.check("amber kettle 9", false).orElseThrow().arguments()).containsExactly(15);
    }

    @Test
    void acceptsLongPassphrasesUpToTheStatedLimitAndRefusesLonger() {
        var random = new Random(80063);
        var words = new String[] { "harbor", "violet", "copper", "lantern", "meadow", "quartz", "thistle", "ember" };
        var passphrase = new StringBuilder();
        while (passphrase.length() < PasswordPolicy.MAX_LENGTH - 10) {
            passphrase.append(words[random.nextInt(words.length)]).append(' ');
        }
        String longest = (passphrase + "0123456789").substring(0, PasswordPolicy.MAX_LENGTH);
        assertThat(problem(longest, false)).isEmpty();
        assertThat(problem(longest + "x", false)).hasValue("password.tooLong");
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(problem("lanterns over the quiet harbor", false)).isEmpty();
        assertThat(problem("ЛАМПА НАД ТИХОЙ ГАВАНЬЮ", false)).isEmpty();
    }

    @Test
    void countsCharactersNotBytesOrUtf16Units() {
        // 15 emoji: 15 characters, 30 UTF-16 units, 60 bytes.
        String emoji = "😀🍎🚲🌊🎻🦉🌵🧭🎈🪁🍋🐢🌙⛵🔑";
        assertThat(problem(emoji, false)).isEmpty();
        assertThat(problem(emoji.substring(0, emoji.length() - 2), false)).hasValue("password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = { "passwordpassword", "Password123456789", "P@ssw0rd!P@ssw0rd!", "iloveyouiloveyou",
            "correct horse battery staple", "0000sunshine0000", "Football2026!!!!!", "letmein-please", "qwertyqwerty" })
    void refusesCommonPasswordsHoweverDecorated(String password) {
        assertThat(problem(password, true)).hasValue("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = { "aaaaaaaaaaaaaaaa", "123456789012345", "abcdefghijklmnop", "qwertyuiopasdfgh",
            "ababababababababab", "1q2w3e4r5t6y7u8i", "zyxwvutsrqponmlk" })
    void refusesRepetitionAndSequences(String password) {
        assertThat(problem(password, false)).hasValue("password.sequence");
    }

    @Test
    void refusesPasswordsBuiltOnTheUserOrThePractice() {
        assertThat(problem("dana.front.2026!", false, "dana.front", "Dana Front")).hasValue("password.context");
        assertThat(problem("BluePointMedical1!", false, "clinician")).hasValue("password.context");
        assertThat(problem("bluepoint bluepoint", false)).hasValue("password.context");
        assertThat(problem("boss-password-1", false, "boss")).hasValue("password.context");
        assertThat(problem("changeme-qwerty-77", false)).hasValue("password.context");
        assertThat(problem("dana walks the harbor", false, "dana.front", "Dana Front")).isEmpty();
    }

    @Test
    void theDemoPasswordIsAcceptable() {
        assertThat(problem("bluepoint-demo-login", false, "frontdesk", "Dana Front")).isEmpty();
    }

    @Test
    void requireThrowsWithTheReason() {
        assertThatThrownBy(() -> policy.require("short", false)).isInstanceOf(FieldRefused.class)
                .hasMessageContaining("at least 15");
        assertThatThrownBy(() -> policy.require(null, false)).isInstanceOf(FieldRefused.class);
    }
}
