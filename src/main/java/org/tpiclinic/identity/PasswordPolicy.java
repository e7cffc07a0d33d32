package org.tpiclinic.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tpiclinic.shared.FieldRefused;

/**
 * Which passwords may be set, after NIST SP 800-63B rev. 4 (section 3.1.1.2): a length floor (15 characters for a
 * password that is the only factor, 8 with a second factor), a ceiling high enough for passphrases, a blocklist
 * of common passwords, sequences and words about the user or the practice, and no composition rules. Spaces and
 * every printable character are allowed; length is counted in characters after Unicode NFKC normalisation.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_WITHOUT_MFA = 15;
    public static final int MIN_WITH_MFA = 8;
    /** Well past any passphrase; Argon2 hashes all of it (there is no 72-byte cut as with bcrypt). */
    public static final int MAX_LENGTH = 256;

    private static final int MIN_LETTERS_BEYOND_CONTEXT = 6;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final List<String> SEQUENCES = List.of("0123456789".repeat(4),
            "abcdefghijklmnopqrstuvwxyz".repeat(3), "qwertyuiopasdfghjklzxcvbnm".repeat(3),
            "qwertzuiopasdfghjklyxcvbnm".repeat(3), "azertyuiopqsdfghjklmwxcvbn".repeat(3),
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p".repeat(2), "qazwsxedcrfvtgbyhnujmikolp".repeat(2),
            "1234567890qwertyuiopasdfghjklzxcvbnm".repeat(2), "1q2w3e4r5t6y7u8i9o0p".repeat(2));

    private final Set<String> blocklist;
    private final List<String> practiceWords;

    PasswordPolicy(@Value("${tpi.practice.name:}") String practiceName,
            @Value("${tpi.practice.logo-text:}") String practiceShortName) {
        this.blocklist = load("identity/common-passwords.txt");
        // The service and the words people put around a weak password count as context too.
        var words = new ArrayList<String>(List.of("tpi", "tpiclinic", "clinic", "password", "passwort", "admin",
                "administrator", "welcome", "qwerty", "letmein", "changeme"));
        words.addAll(wordsOf(practiceName, 4));
        words.addAll(wordsOf(practiceShortName, 4));
        this.practiceWords = List.copyOf(words);
    }

    /** Why a password cannot be set, or empty when it can. */
    public Optional<FieldRefused> check(String password, boolean secondFactor, String... aboutTheUser) {
        String text = password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = text.codePointCount(0, text.length());
        int min = secondFactor ? MIN_WITH_MFA : MIN_WITHOUT_MFA;
        if (length < min) {
            return reject("password.tooShort", "A password needs at least " + min + " characters", min);
        }
        if (length > MAX_LENGTH) {
            return reject("password.tooLong", "A password can have at most " + MAX_LENGTH + " characters",
                    MAX_LENGTH);
        }
        String plain = plain(text);
        String visible = text.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        long visibleLength = visible.codePoints().count();
        boolean mostlySequence = !plain.isEmpty() && 3 * plain.length() >= 2 * visibleLength && isSequence(plain);
        if (visible.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS || mostlySequence) {
            return reject("password.sequence", "That password repeats or runs through the keyboard");
        }
        if (candidates(text).anyMatch(blocklist::contains)) {
            return reject("password.common", "That password is among those attackers try first");
        }
        long symbols = text.codePoints().filter(c -> c > 127 && !Character.isLetterOrDigit(c)
                && !Character.isWhitespace(c)).count();
        if (lettersBeyond(plain, contextWords(aboutTheUser)) + symbols < MIN_LETTERS_BEYOND_CONTEXT) {
            return reject("password.context", "That password is built on your name or the practice's name");
        }
        return Optional.empty();
    }

    /** Throws {@link FieldRefused} (on the field {@code password}) unless the password may be set. */
    public void require(String password, boolean secondFactor, String... aboutTheUser) {
        var problem = check(password, secondFactor, aboutTheUser);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    private static Optional<FieldRefused> reject(String key, String message, Object... arguments) {
        return Optional.of(new FieldRefused("password", key, message, arguments));
    }

    /** Lower case letters and digits only: spacing, punctuation and case do not make a common password rare. */
    static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The forms of a password looked up in the blocklist: as typed, without leading/trailing digits, de-leeted. */
    private static Stream<String> candidates(String text) {
        String plain = plain(text);
        String deleeted = plain(text.toLowerCase(Locale.ROOT).replace('@', 'a').replace('$', 's').replace('0', 'o')
                .replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('5', 's').replace('7', 't'));
        String trimmed = plain.replaceAll("^\\p{N}+|\\p{N}+$", "");
        String repeatedOnce = halfIfDoubled(trimmed);
        return Stream.of(plain, trimmed, deleeted, deleeted.replaceAll("i+$", ""), repeatedOnce)
                .filter(s -> !s.isEmpty());
    }

    private static String halfIfDoubled(String text) {
        int half = text.length() / 2;
        return text.length() % 2 == 0 && text.substring(0, half).equals(text.substring(half))
                ? text.substring(0, half) : text;
    }

    private static boolean isSequence(String plain) {
        for (String sequence : SEQUENCES) {
            if (sequence.contains(plain) || new StringBuilder(sequence).reverse().toString().contains(plain)) {
                return true;
            }
        }
        return false;
    }

    private List<String> contextWords(String... aboutTheUser) {
        var words = new ArrayList<>(practiceWords);
        for (String about : aboutTheUser) {
            words.addAll(wordsOf(about, 3));
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words;
    }

    private static int lettersBeyond(String plain, List<String> contextWords) {
        String rest = plain;
        for (String word : contextWords) {
            rest = rest.replace(word, "");
        }
        return (int) rest.codePoints().filter(Character::isLetter).count();
    }

    /** The name as one word and each of its words of at least {@code minLength} letters. */
    private static List<String> wordsOf(String name, int minLength) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        var words = new ArrayList<String>();
        words.add(plain(name));
        for (String part : name.split("[^\\p{L}\\p{N}]+")) {
            if (part.length() >= minLength) {
                words.add(plain(part));
            }
        }
        return words;
    }

    private static Set<String> load(String resource) {
        var entries = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(PasswordPolicy::plain).forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password blocklist " + resource, e);
        }
        return Set.copyOf(entries);
    }
}
