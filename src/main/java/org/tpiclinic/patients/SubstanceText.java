package org.tpiclinic.patients;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How free text about medicines is read: split into parts, dose words dropped, compared without case. */
final class SubstanceText {

    /** Separators between substances: brackets, commas, slashes, "and", "+", "&", new lines. */
    private static final Pattern PARTS = Pattern.compile("[()\\[\\]{},;/+&\\n]|\\band\\b|\\bplus\\b|\\bwith\\b");
    /** Words that say how much or how often, not what. */
    private static final Set<String> DOSE_WORDS = Set.of("mg", "mcg", "ug", "g", "ml", "iu", "unit", "units", "tab",
            "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules", "pill", "pills", "daily", "once",
            "twice", "a", "day", "per", "every", "each", "morning", "night", "evening", "bid", "tid", "qid", "qd",
            "od", "bd", "prn", "as", "needed", "x", "er", "xr", "sr", "dr", "ec", "po", "oral", "injection",
            "injections", "shot", "shots", "dose", "doses", "weekly", "week", "take", "takes", "taking", "i", "my",
            "the", "of", "to", "allergy", "allergic", "allergies", "generic", "brand", "otc", "only", "sometimes");

    private SubstanceText() {
    }

    /** The text split into parts (one substance each, usually), each part as its meaningful words. */
    static List<List<String>> parts(String text) {
        var parts = new ArrayList<List<String>>();
        // "Kenalog-40": the strength joined to a name is still a strength
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("(\\p{L})-(\\d)", "$1 $2");
        for (var part : PARTS.split(lower)) {
            var words = new ArrayList<String>();
            for (var word : part.split("[^\\p{L}\\p{N}%.'-]+")) {
                String w = word.replaceAll("^[-.'%]+|[-.'%]+$", "");
                if (!w.isEmpty() && !DOSE_WORDS.contains(w) && !isDose(w)) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        return parts;
    }

    /** "3mg", "81", "0.5%", "1:100,000", "10mg/ml": a word with digits is an amount, never a name. */
    private static boolean isDose(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** The comparison key: lower case, letters and digits only ("Depo-Medrol" and "depo medrol" are equal). */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * How many typing mistakes a word may have and still match: none under 6 letters (short words collide:
     * "later" is one letter from "latex"), 1 up to 8 letters, 2 from 9.
     */
    static int allowedTypos(String word) {
        int length = key(word).length();
        return length < 6 ? 0 : length < 9 ? 1 : 2;
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
