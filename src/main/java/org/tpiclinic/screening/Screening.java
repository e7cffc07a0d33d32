package org.tpiclinic.screening;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.review.Evaluator;
import org.tpiclinic.screening.review.ScreeningReview;
import org.tpiclinic.screening.review.ScreeningReviews;
import org.tpiclinic.screening.review.ScreeningSettings;
import org.tpiclinic.screening.rules.RuleId;
import org.tpiclinic.shared.ForbiddenException;

/**
 * The screening module's API. Staff see a patient's screening; only a clinician records a review; patients are
 * refused. Procedures asks {@link #hasValidEligibleScreening} before a needle goes in. Every call is audited.
 */
@Service
@Transactional
public class Screening {

    private final Evaluator evaluator;
    private final ScreeningReviews reviews;
    private final AuditLog audit;
    private final Clock clock;
    private final ScreeningSettings settings;

    Screening(Evaluator evaluator, ScreeningReviews reviews, AuditLog audit, Clock clock,
            ScreeningSettings settings) {
        this.evaluator = evaluator;
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** The current screening of a patient for a plan (or without one), and the latest review. */
    public record Current(Evaluator.Screened screened, Optional<ScreeningReview> latestReview, boolean latestValid) {
    }

    public Current evaluate(CurrentUser actor, UUID patientId, PlannedTreatment plan) {
        requireStaff(actor, patientId, AuditAction.READ);
        var screened = evaluator.screen(actor, patientId, plan);
        var latest = reviews.findFirstByPatientIdOrderByReviewedAtDesc(patientId);
        boolean valid = latest.map(r -> stillClears(r, r.plan(), screened.facts().fingerprint())).orElse(false);
        audit.record(actor, patientId, AuditAction.READ, "screening" + (plan == null ? "" : " " + plan.code()));
        return new Current(screened, latest, valid);
    }

    /**
     * Records a clinician's decision. The plan is evaluated again here, on the server: a hard stop cannot be
     * overridden and every accepted warning needs a reason, whatever the form sent.
     */
    public ScreeningReview review(CurrentUser actor, UUID patientId, PlannedTreatment plan, Decision decision,
            Map<RuleId, String> reasons, String note) {
        if (actor.role() != Role.CLINICIAN) {
            audit.recordDenied(actor, patientId, AuditAction.CREATE, "screening review");
            throw new ForbiddenException("Only a clinician reviews a screening");
        }
        var screened = evaluator.screen(actor, patientId, plan);
        var review = ScreeningReview.decide(patientId, plan, screened.evaluation(), decision, reasons, note,
                new ScreeningReview.Reviewer(actor.username(), actor.displayName()), clock.instant(),
                settings.reviewValidFor());
        reviews.save(review);
        audit.record(actor, patientId, AuditAction.CREATE, "screening review " + decision + " " + plan.code()
                + " (rules v" + review.ruleSetVersion() + ")");
        return review;
    }

    /**
     * Whether a clinician found the patient eligible for exactly this plan, the review has not expired, no fact
     * a rule depends on has changed since, and the current rules find no hard stop.
     */
    public boolean hasValidEligibleScreening(CurrentUser actor, UUID patientId, PlannedTreatment plan) {
        requireStaff(actor, patientId, AuditAction.READ);
        var screened = evaluator.screen(actor, patientId, plan);
        boolean valid = reviews.findFirstByPatientIdOrderByReviewedAtDesc(patientId)
                .map(r -> stillClears(r, plan, screened.facts().fingerprint())).orElse(false)
                && !screened.evaluation().hasHardStop();
        audit.record(actor, patientId, AuditAction.READ, "screening validity " + plan.code() + ": " + valid);
        return valid;
    }

    /**
     * What a procedure note cites of a screening: the patient's latest clinician review, its plan and decision, and
     * each warning accepted with its reason.
     */
    public record ReviewedPlan(UUID reviewId, PlannedTreatment plan, String decision, String reviewedBy,
            java.time.Instant reviewedAt, Map<String, String> acceptedWarnings) {
    }

    /** The patient's latest review (staff only), for the plan a session is checked against; audited. */
    public Optional<ReviewedPlan> latestReview(CurrentUser actor, UUID patientId) {
        requireStaff(actor, patientId, AuditAction.READ);
        var latest = reviews.findFirstByPatientIdOrderByReviewedAtDesc(patientId).map(r -> new ReviewedPlan(r.id(),
                r.plan(), r.decision().name(), r.reviewedByName(), r.reviewedAt(), new java.util.TreeMap<>(
                        r.acknowledgements().stream().collect(java.util.stream.Collectors.toMap(
                                a -> a.ruleId(), a -> a.reason())))));
        audit.record(actor, patientId, AuditAction.READ, "latest screening review");
        return latest;
    }

    private boolean stillClears(ScreeningReview review, PlannedTreatment plan, String fingerprint) {
        return review.clears(plan, fingerprint, clock.instant());
    }

    private void requireStaff(CurrentUser actor, UUID patientId, AuditAction action) {
        if (!actor.isStaff()) {
            audit.recordDenied(actor, patientId, action, "screening");
            throw new ForbiddenException("Screening is for the clinic's staff");
        }
    }
}
