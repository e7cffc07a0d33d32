package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NameSearchTest {

    @Test
    void foldsCaseAndAccents() {
        assertThat(NameSearch.tokens("José  MÜLLER-Ørsted")).containsExactly("jose", "muller", "orsted");
    }

    @ParameterizedTest
    @CsvSource({ "smith,smyth", "smith,smiht", "smith,smithe", "smith,smth", "jonathan,jonahtan" })
    void oneTypoIsWithinOneEdit(String a, String b) {
        assertThat(NameSearch.withinOneEdit(a, b)).isTrue();
        assertThat(NameSearch.withinOneEdit(b, a)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({ "smith,smooth", "smith,mitsh", "smith,sm", "anna,nnaa" })
    void twoTyposAreNot(String a, String b) {
        assertThat(NameSearch.withinOneEdit(a, b)).isFalse();
    }

    @Test
    void shortWordsMatchOnlyAsPrefix() {
        assertThat(NameSearch.matches("jo", "jordan")).isTrue();
        assertThat(NameSearch.matches("jon", "jan")).isFalse();
    }

    /**
     * Property: for random words and random single edits, the deletion keys of the query and the name always
     * meet (the index finds the candidate), and withinOneEdit agrees with a plain Damerau-Levenshtein distance.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void deletionKeysFindEverySingleEdit(long seed) {
        var random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            String word = randomWord(random, 4 + random.nextInt(8));
            String typo = edit(random, word);
            var queryKeys = new HashSet<>(NameSearch.deletions(typo));
            queryKeys.add(typo);
            var nameKeys = new HashSet<>(NameSearch.deletions(word));
            nameKeys.add(word);
            queryKeys.retainAll(nameKeys);
            assertThat(queryKeys).as("%s vs %s", word, typo).isNotEmpty();
            assertThat(NameSearch.withinOneEdit(typo, word)).isEqualTo(distance(typo, word) <= 1);
            String other = randomWord(random, 4 + random.nextInt(8));
            assertThat(NameSearch.withinOneEdit(other, word)).isEqualTo(distance(other, word) <= 1);
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 5).mapToObj(i -> 20261127L + i);
    }

    private static String randomWord(Random random, int length) {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(6)));
        }
        return sb.toString();
    }

    private static String edit(Random random, String w) {
        int i = random.nextInt(w.length() - 1);
        char c = (char) ('a' + random.nextInt(6));
        return switch (random.nextInt(4)) {
            case 0 -> w.substring(0, i) + c + w.substring(i);
            case 1 -> w.substring(0, i) + w.substring(i + 1);
            case 2 -> w.substring(0, i) + c + w.substring(i + 1);
            default -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
        };
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
    private static int distance(String a, String b) {
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
