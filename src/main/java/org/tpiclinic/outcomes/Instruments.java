package org.tpiclinic.outcomes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ForbiddenException;

/**
 * The questionnaires outcomes collects, as data: the built-in pain, function and global-change instruments and
 * any an admin defines ({@link #define}). A defined instrument is asked at baseline and/or follow-up from then
 * on; instruments are never changed or removed once answers may refer to them.
 */
@Service
@Transactional
public class Instruments {

    private final OutcomeRecords records;
    private final AuditLog audit;
    private final Clock clock;

    Instruments(OutcomeRecords records, AuditLog audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Instrument> all() {
        return records.instruments();
    }

    /**
     * Adds a practice's own instrument (admins only). Problems come back by field and nothing is saved: a code of
     * capitals, digits and underscores not yet used, a name, at least one item, each with a range of whole numbers
     * and labelled options inside that range, and a source.
     */
    public Map<String, String> define(CurrentUser actor, Instrument instrument) {
        if (actor.role() != Role.ADMIN) {
            audit.recordDenied(actor, null, AuditAction.CREATE, "outcome instrument");
            throw new ForbiddenException("Only an admin may add an instrument");
        }
        var problems = check(instrument);
        if (problems.isEmpty()) {
            records.insertInstrument(instrument, clock.instant());
            audit.record(actor, null, AuditAction.CREATE, "outcome instrument " + instrument.code());
        }
        return problems;
    }

    private Map<String, String> check(Instrument i) {
        var problems = new LinkedHashMap<String, String>();
        if (i.code() == null || !i.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.put("code", "Use 2 to 40 capital letters, digits or underscores, starting with a letter.");
        } else if (all().stream().anyMatch(existing -> existing.code().equals(i.code()))) {
            problems.put("code", "An instrument with this code exists already. Choose another code.");
        }
        if (i.name() == null || i.name().isBlank() || i.name().length() > 120) {
            problems.put("name", "Give the instrument a name of at most 120 characters.");
        }
        if (i.source() == null || i.source().isBlank() || i.source().length() > 400) {
            problems.put("source", "Say where the instrument comes from (at most 400 characters).");
        }
        if (!"LOWER".equals(i.better()) && !"HIGHER".equals(i.better())) {
            problems.put("better", "Say whether a lower or a higher score is better.");
        }
        if (i.items().isEmpty()) {
            problems.put("items", "Add at least one question.");
        }
        for (var item : i.items()) {
            String key = "items." + item.code();
            if (item.code() == null || !item.code().matches("[A-Z][A-Z0-9_]{0,39}")) {
                problems.put(key, "Give each question a code of capital letters, digits or underscores.");
            } else if (item.text() == null || item.text().isBlank() || item.text().length() > 300) {
                problems.put(key, "Write the question (at most 300 characters).");
            } else if (item.min() >= item.max() || item.min() < -100 || item.max() > 100) {
                problems.put(key, "The lowest answer must be below the highest, both between -100 and 100.");
            } else if (item.options().stream().anyMatch(o -> o.value() < item.min() || o.value() > item.max()
                    || o.label() == null || o.label().isBlank())) {
                problems.put(key, "Each labelled answer needs a label and a value inside the question's range.");
            }
        }
        return problems;
    }
}
