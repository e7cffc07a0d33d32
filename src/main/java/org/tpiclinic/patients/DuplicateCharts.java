package org.tpiclinic.patients;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * Two charts for one person: finding the candidates, and merging a duplicate into the chart that stays. A merge
 * deletes nothing. The merged chart is marked "merged into" the survivor (it stays readable, with every audit
 * entry written under its id), its allergies, medications and conditions move to the survivor, it leaves the
 * search, and {@link PatientsMerged} lets other modules move their own records in the same transaction. Both
 * charts get an audit entry naming the other. Only staff who edit records may merge; a reason is required.
 */
@Service
@Transactional
public class DuplicateCharts {

    /** Longest merge reason kept. */
    public static final int REASON_MAX = 300;

    private final Patients patients;
    private final PatientEntries entries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    DuplicateCharts(Patients patients, PatientEntries entries, AuditLog audit, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.patients = patients;
        this.entries = entries;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A merge as recorded: which chart went into which, when, by whom and why, with the MRNs to show. */
    public record Merge(UUID mergedId, String mergedMrn, UUID survivorId, String survivorMrn, Instant at,
            String by, String reason) {
    }

    /**
     * Charts (not merged away) with the same name and date of birth, for staff deciding whether a request is
     * someone already known. One {@link AuditAction#QUERY} entry.
     */
    public List<Patient> sameNameAndBirthDate(CurrentUser actor, String givenName, String familyName,
            LocalDate dateOfBirth) {
        if (!actor.isStaff()) {
            deny(actor, null, AuditAction.QUERY, "duplicate check");
        }
        var found = patients.findByNameKeyAndDateOfBirth(NameSearch.nameKey(givenName, familyName), dateOfBirth)
                .stream().filter(p -> survivorOf(p.id()).equals(p.id())).toList();
        audit.record(actor, found.size() == 1 ? found.get(0).id() : null, AuditAction.QUERY,
                "duplicate check (" + found.size() + " found)");
        return found;
    }

    /** The chart a patient's records live on now: the survivor if the chart was merged, else the chart itself. */
    @Transactional(readOnly = true)
    public UUID survivorOf(UUID patientId) {
        return jdbc.sql("SELECT survivor_id FROM patient_merges WHERE merged_id = ?").param(patientId)
                .query(UUID.class).optional().orElse(patientId);
    }

    /** The chart with this MRN, if any (for staff typing the MRN of a duplicate). */
    @Transactional(readOnly = true)
    public Optional<UUID> byMrn(String mrn) {
        return jdbc.sql("SELECT id FROM patients WHERE mrn = ?").param(mrn.replaceAll("(?i)^mrn\\s*", ""))
                .query(UUID.class).optional();
    }

    /** The merge that took this chart away, if any. */
    @Transactional(readOnly = true)
    public Optional<Merge> mergedAway(UUID patientId) {
        return merges("m.merged_id = ?", patientId).stream().findFirst();
    }

    /** The charts merged into this one, oldest merge first. */
    @Transactional(readOnly = true)
    public List<Merge> mergedInto(UUID survivorId) {
        return merges("m.survivor_id = ?", survivorId);
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}.
     *
     * @throws ConflictException when either chart was already merged away, or they are the same chart
     */
    public Merge merge(CurrentUser actor, UUID duplicateId, UUID survivorId, String reason) {
        if (!actor.mayEditRecords()) {
            deny(actor, duplicateId, AuditAction.UPDATE, "merge into " + survivorId);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new FieldRefused("reason", "merge.error.reason", "Say why these charts are the same person (at most "
                    + REASON_MAX + " characters)", REASON_MAX);
        }
        if (duplicateId.equals(survivorId)) {
            throw new ConflictException("A chart cannot be merged into itself. Choose the other chart.");
        }
        // Both rows locked in a fixed order, so two merges of the same pair take turns.
        for (UUID id : duplicateId.compareTo(survivorId) < 0 ? List.of(duplicateId, survivorId)
                : List.of(survivorId, duplicateId)) {
            if (!entries.lock(id)) {
                throw new NotFoundException("The patient");
            }
        }
        if (!survivorOf(duplicateId).equals(duplicateId) || !survivorOf(survivorId).equals(survivorId)) {
            throw new ConflictException("One of these charts was already merged into another. Open the chart "
                    + "that stayed and merge from there.");
        }
        var duplicate = patients.findById(duplicateId).orElseThrow(() -> new NotFoundException("The patient"));
        var survivor = patients.findById(survivorId).orElseThrow(() -> new NotFoundException("The patient"));
        var now = clock.instant();
        jdbc.sql("INSERT INTO patient_merges (merged_id, survivor_id, merged_at, merged_by, reason) VALUES (?, ?, ?, ?, ?)")
                .params(duplicateId, survivorId, now.atOffset(ZoneOffset.UTC), actor.username(), reason.strip())
                .update();
        int moved = 0;
        for (String table : List.of("allergies", "medications", "conditions")) {
            moved += jdbc.sql("UPDATE " + table + " SET patient_id = ?, version = version + 1 WHERE patient_id = ?")
                    .params(survivorId, duplicateId).update();
        }
        jdbc.sql("DELETE FROM patient_search_terms WHERE patient_id = ?").param(duplicateId).update();
        audit.record(actor, duplicateId, AuditAction.UPDATE, "chart merged into " + survivor.mrn() + ": "
                + reason.strip());
        audit.record(actor, survivorId, AuditAction.UPDATE, "chart " + duplicate.mrn() + " merged in ("
                + moved + " allergy, medication and condition entries moved)");
        events.publishEvent(new PatientsMerged(duplicateId, survivorId, now, actor.username()));
        return mergedAway(duplicateId).orElseThrow();
    }

    private List<Merge> merges(String where, UUID id) {
        return jdbc.sql("""
                SELECT m.merged_id, d.mrn AS merged_mrn, m.survivor_id, s.mrn AS survivor_mrn, m.merged_at,
                       m.merged_by, m.reason
                  FROM patient_merges m JOIN patients d ON d.id = m.merged_id JOIN patients s ON s.id = m.survivor_id
                """ + " WHERE " + where + " ORDER BY m.merged_at").param(id)
                .query((rs, n) -> new Merge(rs.getObject("merged_id", UUID.class), rs.getString("merged_mrn"),
                        rs.getObject("survivor_id", UUID.class), rs.getString("survivor_mrn"),
                        rs.getObject("merged_at", OffsetDateTime.class).toInstant(),
                        rs.getString("merged_by"), rs.getString("reason")))
                .list();
    }

    private void deny(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        audit.recordDenied(actor, patientId, action, target);
        throw new ForbiddenException("You may not merge patients' charts");
    }
}
