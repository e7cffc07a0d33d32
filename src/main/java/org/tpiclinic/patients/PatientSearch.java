package org.tpiclinic.patients;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds patients from what a person types: a date of birth, an MRN, a phone number, or a name (case, accents,
 * prefixes and one typo forgiven). Keeps the search terms of each patient up to date.
 */
@Component
class PatientSearch {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));
    private static final int MAX_QUERY_WORDS = 4;
    /** Up to this many candidates' names are ranked in memory; beyond it the database sorts each chunk first. */
    private static final int MAX_CANDIDATES = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Patients patients;

    PatientSearch(JdbcClient jdbc, JdbcTemplate batch, Patients patients) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.patients = patients;
    }

    List<Patient> find(String query, int limit) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        Optional<LocalDate> dob = parseDate(q);
        if (dob.isPresent()) {
            return byDateOfBirth(dob.get(), limit);
        }
        String compact = q.replaceAll("(?i)^mrn\\s*", "").replaceAll("[\\s-]", "");
        if (Mrn.isValid(compact)) {
            var byMrn = jdbc.sql("SELECT id FROM patients WHERE mrn = ?").param(compact).query(UUID.class).list();
            if (!byMrn.isEmpty()) {
                return patients.findAllById(byMrn);
            }
        }
        String digits = NameSearch.phoneDigits(q);
        if (digits != null && digits.length() >= 7 && q.matches("[\\d\\s()+.-]+")) {
            return ids("SELECT id FROM patients WHERE phone_digits = ? ORDER BY family_name, given_name LIMIT ?",
                    digits, limit);
        }
        return byName(q, limit);
    }

    private List<Patient> byDateOfBirth(LocalDate dob, int limit) {
        return ids("SELECT id FROM patients WHERE date_of_birth = ? ORDER BY family_name, given_name LIMIT ?", dob,
                limit);
    }

    private List<Patient> byName(String q, int limit) {
        var words = NameSearch.tokens(q).stream().limit(MAX_QUERY_WORDS).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        // Each word is one or two indexed lookups; intersecting the id sets in memory is cheaper on both
        // databases than asking either to combine IN-subqueries.
        Set<UUID> candidates = null;
        for (String word : words) {
            var ids = candidatesFor(word);
            if (candidates == null) {
                candidates = ids;
            } else {
                candidates.retainAll(ids);
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
        }
        // Rank on the names alone, then load only the patients that are shown.
        // Each candidate's names are folded and ranked once, not again in every comparison of the sort.
        var shown = names(candidates, limit).stream().map(NameRow::ranked).filter(r -> r.matchesAll(words))
                .map(r -> Map.entry(r.rank(words), r.row()))
                .sorted(Comparator.<Map.Entry<Integer, NameRow>>comparingInt(Map.Entry::getKey)
                        .thenComparing(e -> e.getValue().family()).thenComparing(e -> e.getValue().given()))
                .limit(limit).map(e -> e.getValue().id()).toList();
        var byId = new HashMap<UUID, Patient>();
        patients.findAllById(shown).forEach(p -> byId.put(p.id(), p));
        return shown.stream().map(byId::get).toList();
    }

    /** Patients with a name word that starts with {@code word}, or (for longer words) is one typo away. */
    private Set<UUID> candidatesFor(String word) {
        var ids = new HashSet<>(jdbc.sql("SELECT patient_id FROM patient_search_terms WHERE NOT variant AND term LIKE ?")
                .param(word + "%").query(UUID.class).list());
        if (word.length() >= NameSearch.MIN_FUZZY_LENGTH) {
            var keys = Stream.concat(Stream.of(word), NameSearch.deletions(word).stream()).toList();
            ids.addAll(jdbc.sql("SELECT patient_id FROM patient_search_terms WHERE term IN (" + placeholders(keys.size())
                    + ")").params(keys).query(UUID.class).list());
        }
        return ids;
    }

    /**
     * The names of the candidates. Up to {@link #MAX_CANDIDATES} all of them; beyond that (a short prefix that
     * matches thousands) the first ones by name from each chunk, which still contain the first ones overall.
     */
    private List<NameRow> names(Set<UUID> candidates, int limit) {
        var all = new ArrayList<>(candidates);
        String order = all.size() > MAX_CANDIDATES ? " ORDER BY family_name, given_name LIMIT " + limit * 2 : "";
        var rows = new ArrayList<NameRow>();
        for (int from = 0; from < all.size(); from += MAX_CANDIDATES) {
            var chunk = all.subList(from, Math.min(all.size(), from + MAX_CANDIDATES));
            rows.addAll(jdbc.sql("SELECT id, given_name, family_name, preferred_name FROM patients WHERE id IN ("
                    + placeholders(chunk.size()) + ")" + order).params(new ArrayList<Object>(chunk))
                    .query((rs, n) -> new NameRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4)))
                    .list());
        }
        return rows;
    }

    private static List<String> nameTokens(Patient p) {
        return new NameRow(p.id(), p.givenName(), p.familyName(), p.preferredName()).tokens();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A candidate's names, enough to decide whether and how well it matches. */
    private record NameRow(UUID id, String given, String family, String preferred) {

        List<String> tokens() {
            var names = new ArrayList<String>(NameSearch.tokens(given));
            names.addAll(NameSearch.tokens(family));
            names.addAll(NameSearch.tokens(preferred));
            return names;
        }

        Ranked ranked() {
            return new Ranked(this, tokens());
        }
    }

    /** A candidate with its name words folded once. */
    private record Ranked(NameRow row, List<String> names) {

        boolean matchesAll(List<String> words) {
            return words.stream().allMatch(w -> names.stream().anyMatch(n -> NameSearch.matches(w, n)));
        }

        /** 0 when every word is a whole name, 1 when all are prefixes, 2 when a typo was forgiven. */
        int rank(List<String> words) {
            if (words.stream().allMatch(names::contains)) {
                return 0;
            }
            return words.stream().allMatch(w -> names.stream().anyMatch(n -> n.startsWith(w))) ? 1 : 2;
        }
    }

    private List<Patient> ids(String sql, Object value, int limit) {
        var found = jdbc.sql(sql).params(value, limit).query(UUID.class).list();
        return patients.findAllById(found).stream()
                .sorted(Comparator.comparing(Patient::familyName).thenComparing(Patient::givenName)).toList();
    }

    /** Replaces the search terms of one patient: name words, and deletion keys of the longer ones. */
    void index(Patient p) {
        jdbc.sql("DELETE FROM patient_search_terms WHERE patient_id = ?").param(p.id()).update();
        batch.batchUpdate(INSERT_TERM, termRows(p));
    }

    static final String INSERT_TERM = "INSERT INTO patient_search_terms (patient_id, term, variant) VALUES (?, ?, ?)";

    /** The {@link #INSERT_TERM} parameters of one patient: (id, term, variant) for each name word and key. */
    static List<Object[]> termRows(Patient p) {
        var rows = new ArrayList<Object[]>();
        for (String token : nameTokens(p).stream().distinct().toList()) {
            rows.add(new Object[] { p.id(), token, false });
            if (token.length() >= NameSearch.MIN_FUZZY_LENGTH) {
                NameSearch.deletions(token).forEach(key -> rows.add(new Object[] { p.id(), key, true }));
            }
        }
        return rows;
    }

    static Optional<LocalDate> parseDate(String text) {
        for (var format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
