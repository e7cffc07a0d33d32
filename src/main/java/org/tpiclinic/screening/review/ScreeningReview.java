package org.tpiclinic.screening.review;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.rules.Evaluation;
import org.tpiclinic.screening.rules.RuleId;
import org.tpiclinic.screening.rules.RuleResult;
import org.tpiclinic.shared.FieldRefused;

/**
 * A clinician's decision on one screening, never changed after it is made. It refuses, on creation, to call a
 * patient eligible past a hard stop, or past a warning without a reason.
 */
@Table("screening_reviews")
public class ScreeningReview {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID patientId;
    private final int ruleSetVersion;
    private final String plan;
    private final Decision decision;
    private final String note;
    private final String factsFingerprint;
    private final String results;
    private final String reviewedBy;
    private final String reviewedByName;
    private final Instant reviewedAt;
    private final Instant validUntil;
    @MappedCollection(idColumn = "review_id")
    private final Set<Acknowledgement> acknowledgements;

    @PersistenceCreator
    ScreeningReview(UUID id, Long version, UUID patientId, int ruleSetVersion, String plan, Decision decision,
            String note, String factsFingerprint, String results, String reviewedBy, String reviewedByName,
            Instant reviewedAt, Instant validUntil, Set<Acknowledgement> acknowledgements) {
        this.id = id;
        this.version = version;
        this.patientId = patientId;
        this.ruleSetVersion = ruleSetVersion;
        this.plan = plan;
        this.decision = decision;
        this.note = note;
        this.factsFingerprint = factsFingerprint;
        this.results = results;
        this.reviewedBy = reviewedBy;
        this.reviewedByName = reviewedByName;
        this.reviewedAt = reviewedAt;
        this.validUntil = validUntil;
        this.acknowledgements = acknowledgements == null ? Set.of() : Set.copyOf(acknowledgements);
    }

    /**
     * Records a decision on an evaluation.
     *
     * @param reasons a reason for each warning accepted, by rule; required for every warning when eligible
     * @param by      the clinician (username and the name shown to patients, e.g. on the consent)
     */
    public static ScreeningReview decide(UUID patientId, PlannedTreatment plan, Evaluation evaluation,
            Decision decision, Map<RuleId, String> reasons, String note, Reviewer by, Instant at, Duration validFor) {
        if (decision == null) {
            throw new FieldRefused("decision", "screening.review.error.decision", "Choose a decision");
        }
        if (decision.eligible() && !plan.sidesRecorded()) {
            throw new FieldRefused("sites", "screening.review.error.side", "Choose a side for every muscle");
        }
        if (decision.eligible() && evaluation.hasHardStop()) {
            throw new FieldRefused("decision", "screening.review.error.hardStop",
                    "A hard stop cannot be overridden: the patient is not eligible for this plan");
        }
        if (decision == Decision.ELIGIBLE && !evaluation.warnings().isEmpty()) {
            throw new FieldRefused("decision", "screening.review.error.warningsPresent",
                    "There are warnings: choose \"eligible with warnings acknowledged\" and give a reason for each");
        }
        var acks = new HashSet<Acknowledgement>();
        if (decision == Decision.ELIGIBLE_WITH_WARNINGS) {
            for (RuleResult warning : evaluation.warnings()) {
                String reason = reasons.get(warning.rule());
                if (reason == null || reason.isBlank()) {
                    throw new FieldRefused("reasons[" + warning.rule() + "]", "screening.review.error.reason",
                            "Give a reason for accepting this warning");
                }
                acks.add(new Acknowledgement(warning.rule().name(), reason.trim()));
            }
        }
        String summary = evaluation.results().stream().map(r -> r.rule() + "=" + r.outcome())
                .collect(Collectors.joining(";"));
        return new ScreeningReview(UUID.randomUUID(), null, patientId, evaluation.ruleSetVersion(), plan.code(),
                decision, note == null || note.isBlank() ? null : note.trim(), evaluation.factsFingerprint(), summary,
                by.username(), by.displayName(), at, at.plus(validFor), acks);
    }

    /** Who reviews: the username recorded for audit, and the name a patient reads. */
    public record Reviewer(String username, String displayName) {
    }

    /**
     * Eligible for this plan (every site with its side), not expired, and the facts are what the clinician saw. A
     * plan recorded before sides were kept clears nothing.
     */
    public boolean clears(PlannedTreatment wanted, String currentFingerprint, Instant now) {
        return decision.eligible() && wanted.sidesRecorded() && plan().equals(wanted) && now.isBefore(validUntil)
                && factsFingerprint.equals(currentFingerprint);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public int ruleSetVersion() { return ruleSetVersion; }
    public PlannedTreatment plan() { return PlannedTreatment.parse(plan); }
    public Decision decision() { return decision; }
    public String note() { return note; }
    public String factsFingerprint() { return factsFingerprint; }
    public String results() { return results; }
    public String reviewedBy() { return reviewedBy; }
    /** The clinician's name as patients read it (the username for reviews recorded before names were kept). */
    public String reviewedByName() { return reviewedByName == null ? reviewedBy : reviewedByName; }
    public Instant reviewedAt() { return reviewedAt; }
    public Instant validUntil() { return validUntil; }
    public Set<Acknowledgement> acknowledgements() { return acknowledgements; }
}
