package org.tpiclinic.aftercare;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The aftercare texts the practice edits (admins, at {@code /admin/aftercare}), per language. A plan copies them
 * when it is made, so an edit changes the plans made after it, never one a patient already has. English is
 * complete and the fallback for a section a language lacks.
 */
@Service
@Transactional
public class AftercareTexts {

    static final String FALLBACK = "en";

    private final JdbcClient jdbc;
    private final Clock clock;

    AftercareTexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AftercareText> all() {
        return jdbc.sql("SELECT * FROM aftercare_texts ORDER BY language, section").query((rs, n) -> new AftercareText(
                rs.getString("language"), Section.valueOf(rs.getString("section")), rs.getString("title"),
                rs.getString("body"), rs.getString("source"), rs.getLong("version"))).list();
    }

    /** Every section in the language, English where the language has none; {@code {phone}} is not yet replaced. */
    @Transactional(readOnly = true)
    public Map<Section, AftercareText> in(String language) {
        var texts = new EnumMap<Section, AftercareText>(Section.class);
        var all = all();
        all.stream().filter(t -> t.language().equals(FALLBACK)).forEach(t -> texts.put(t.section(), t));
        all.stream().filter(t -> t.language().equals(language)).forEach(t -> texts.put(t.section(), t));
        return texts;
    }

    /** The languages with a complete set of texts. */
    @Transactional(readOnly = true)
    public List<String> languages() {
        return jdbc.sql("SELECT language FROM aftercare_texts GROUP BY language HAVING COUNT(*) = ? ORDER BY language")
                .param(Section.values().length).query(String.class).list();
    }

    /**
     * Changes one text (admins only). Not patient data, so not in the audit log; the row keeps who changed it last.
     *
     * @throws ConflictException when someone else saved it since {@code expectedVersion}
     */
    public void update(CurrentUser actor, String language, Section section, String title, String body,
            String source, long expectedVersion) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException("Only an admin changes the aftercare texts");
        }
        int changed = jdbc.sql("""
                UPDATE aftercare_texts SET title = ?, body = ?, source = ?, version = version + 1, updated_at = ?,
                       updated_by = ?
                 WHERE language = ? AND section = ? AND version = ?""")
                .params(title.strip(), body.strip(), source.strip(), clock.instant().atOffset(ZoneOffset.UTC),
                        actor.username(), language, section.name(), expectedVersion)
                .update();
        if (changed == 0) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM aftercare_texts WHERE language = ? AND section = ?")
                    .params(language, section.name()).query(Long.class).single() > 0;
            if (!exists) {
                throw new NotFoundException("The aftercare text");
            }
            throw new ConflictException("Someone else changed this text while you were editing it. Reload the page "
                    + "to see their version, then make your change again.");
        }
    }
}
