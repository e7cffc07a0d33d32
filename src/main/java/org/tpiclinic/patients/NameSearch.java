package org.tpiclinic.patients;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text rules of patient search. Names are folded (lower case, accents removed) and split into tokens. A
 * typo is found through shared deletion keys: two words within one edit (insert, delete, substitute, swap of
 * neighbours) always share a word made by deleting at most one letter from each. The database only has to
 * match equal strings, which every SQL database indexes.
 */
final class NameSearch {

    /** Shorter query words are matched by prefix only: one typo in two letters matches almost anything. */
    static final int MIN_FUZZY_LENGTH = 4;

    private NameSearch() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
                .replace("ł", "l").replace("đ", "d");
    }

    static List<String> tokens(String text) {
        return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toList();
    }

    static String nameKey(String given, String family) {
        return String.join(" ", tokens(given)) + "|" + String.join(" ", tokens(family));
    }

    /** Every word that deleting exactly one letter of {@code token} makes. */
    static Set<String> deletions(String token) {
        var keys = new LinkedHashSet<String>();
        for (int i = 0; i < token.length(); i++) {
            keys.add(token.substring(0, i) + token.substring(i + 1));
        }
        return keys;
    }

    /** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    /** Whether a query word finds a name word: as its start, or (for longer words) within one typo. */
    static boolean matches(String queryToken, String nameToken) {
        return nameToken.startsWith(queryToken)
                || queryToken.length() >= MIN_FUZZY_LENGTH && withinOneEdit(queryToken, nameToken);
    }

    /** The last ten digits of a phone number (so +1 and punctuation do not matter), or null. */
    static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }
}
