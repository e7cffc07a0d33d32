package org.tpiclinic.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.notifications.Outbox;
import org.tpiclinic.notifications.OutboxMessage;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.SecretTokens;

/**
 * Monthly follow-up by signed link: for each patient whose follow-up of this month is due and unanswered, one
 * link (only its SHA-256 stored) emailed through the outbox; the patient answers without signing in. Issuing is
 * idempotent (one link per due follow-up, one email per link, on any number of nodes); a link works once and
 * until it expires; the portal answers the same follow-up, and then the link is refused as already answered.
 */
@Service
public class FollowUpLinks {

    private static final CurrentUser SYSTEM = CurrentUser.system("outcomes-follow-up");

    private final JdbcClient jdbc;
    private final Outcomes outcomes;
    private final PatientRegistry patients;
    private final Outbox outbox;
    private final FollowUpSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    FollowUpLinks(JdbcClient jdbc, Outcomes outcomes, PatientRegistry patients, Outbox outbox,
            FollowUpSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.patients = patients;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A link's patient and the follow-up it answers. */
    public record Link(UUID patientId, String dueKey, LocalDate dueOn) {
    }

    /** Issues and emails the links of every follow-up due today; returns how many were issued. */
    public int issueDue() {
        LocalDate today = LocalDate.now(clock);
        int months = jdbc.sql("SELECT amount FROM outcome_thresholds WHERE code = 'FOLLOW_UP_MONTHS'")
                .query(Integer.class).single();
        var candidates = jdbc.sql("""
                SELECT patient_id FROM outcome_sessions GROUP BY patient_id
                HAVING MAX(performed_on) <= ? AND MAX(performed_on) >= ?""")
                .params(today.minusMonths(1), today.minusMonths(months).minusDays(1)).query(UUID.class).list();
        int issued = 0;
        for (UUID patient : candidates) {
            try {
                Boolean done = transaction.execute(status -> issue(patient));
                issued += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DuplicateKeyException anotherNode) {
                // Another node issued this follow-up's link at the same moment: one link, one email.
            }
        }
        return issued;
    }

    private boolean issue(UUID patient) {
        var due = outcomes.due(patient);
        if (due.isEmpty() || due.get().occasion() != Occasion.FOLLOW_UP) {
            return false;
        }
        String key = due.get().key();
        if (jdbc.sql("SELECT COUNT(*) FROM outcome_follow_up_links WHERE due_key = ?").param(key).query(Long.class)
                .single() > 0) {
            return false;
        }
        var contact = patients.contact(SYSTEM, patient);
        if (contact.email() == null) {
            return false;
        }
        String token = SecretTokens.generate();
        var now = clock.instant();
        jdbc.sql("""
                INSERT INTO outcome_follow_up_links (id, patient_id, due_key, token_hash, due_on, expires_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), patient, key, SecretTokens.hash(token), due.get().dueOn(),
                        now.plus(settings.validFor()).atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                .update();
        String url = settings.baseUrl().replaceAll("/+$", "") + "/outcomes/follow-up/" + token;
        outbox.enqueue(OutboxMessage.text("outcomes:" + key, contact.email(), "How are you doing since your treatment?",
                "Dear " + contact.name() + ",\n\nIt is a month since we last checked in. Please tell us how your pain "
                        + "and everyday activities are now; it takes a minute and helps your clinician:\n\n" + url
                        + "\n\nThe link works once, for " + settings.validFor().toDays() + " days. You can also answer "
                        + "in the patient portal under My progress.\n"));
        return true;
    }

    /** The follow-up a link answers; 404 for a link that never existed, 409 once answered, 410 once expired. */
    public Link open(String token) {
        if (token == null || token.length() > SecretTokens.MAX_LENGTH) {
            throw new NotFoundException("The follow-up link");
        }
        var row = jdbc.sql("SELECT patient_id, due_key, due_on, expires_at, answered_at FROM outcome_follow_up_links "
                + "WHERE token_hash = ?").param(SecretTokens.hash(token))
                .query((rs, n) -> Map.of("patient", rs.getObject(1, UUID.class), "key", rs.getString(2), "due",
                        rs.getObject(3, LocalDate.class), "expires", rs.getObject(4, OffsetDateTime.class),
                        "answered", rs.getObject(5, OffsetDateTime.class) != null))
                .optional().orElseThrow(() -> new NotFoundException("The follow-up link"));
        var link = new Link((UUID) row.get("patient"), (String) row.get("key"), (LocalDate) row.get("due"));
        if ((Boolean) row.get("answered") || outcomes.hasAnswered(link.dueKey())) {
            throw new ConflictException("These answers were already sent. Thank you; nothing else is needed.");
        }
        if (((OffsetDateTime) row.get("expires")).toInstant().isBefore(clock.instant())) {
            throw new FollowUpLinkExpired();
        }
        return link;
    }

    /** Records the answers sent through a link (as the patient); problems by field, nothing saved then. */
    public Map<String, String> answer(String token, Map<String, List<Instrument.Answer>> answers) {
        return transaction.execute(status -> {
            var link = open(token);
            var asPatient = new CurrentUser(null, "follow-up link", "Patient (follow-up link)", Role.PATIENT,
                    link.patientId());
            var problems = outcomes.submit(asPatient, link.patientId(), Occasion.FOLLOW_UP, link.dueKey(), answers);
            if (problems.isEmpty()) {
                jdbc.sql("UPDATE outcome_follow_up_links SET answered_at = ? WHERE due_key = ?")
                        .params(clock.instant().atOffset(ZoneOffset.UTC), link.dueKey()).update();
            }
            return problems;
        });
    }
}
