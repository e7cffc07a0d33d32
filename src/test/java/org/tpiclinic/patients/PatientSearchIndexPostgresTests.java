package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.PostgresTest;

/**
 * On PostgreSQL both lookups of name search (a name prefix, and a word with its typo keys) read the patient ids
 * from the index alone: no visit to the table's pages, which at 100,000 patients cost most of a search's time.
 */
@PostgresTest
@SpringBootTest
class PatientSearchIndexPostgresTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void namePrefixAndTypoKeysAreIndexOnlyScans() {
        // 20,000 terms of 2,000 made-up patients, so the planner sees a table worth an index
        jdbc.update("""
                INSERT INTO patient_search_terms (patient_id, term, variant)
                SELECT md5('p' || (i % 2000))::uuid, substr(md5(i::text), 1, 3 + i % 5), i % 3 = 0
                FROM generate_series(1, 20000) AS i""");
        jdbc.execute("VACUUM ANALYZE patient_search_terms");
        assertThat(plan("EXPLAIN SELECT patient_id FROM patient_search_terms WHERE NOT variant AND term LIKE 'ab%'"))
                .contains("Index Only Scan using patient_search_terms_prefix_ids_idx").contains("Index Cond");
        assertThat(plan("EXPLAIN SELECT patient_id FROM patient_search_terms WHERE term IN ('abcde', 'bcde', 'acde',"
                + " 'abde', 'abce', 'abcd')"))
                .contains("Index Only Scan using patient_search_terms_term_ids_idx").contains("Index Cond");
    }

    /** The plan with sequential and bitmap scans off, so an empty table still shows which index would serve. */
    private String plan(String explain) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            jdbc.execute("SET LOCAL enable_bitmapscan = off");
            List<String> lines = jdbc.queryForList(explain, String.class);
            return String.join("\n", lines);
        });
    }
}
