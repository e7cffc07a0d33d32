package org.tpiclinic.screening.review;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;

/**
 * The plan a patient may consent to: the one in their latest screening review, if that review still clears it
 * (eligible, not expired, no rule-relevant fact changed, every side recorded) and the current rules find no hard
 * stop for it. Otherwise, why not.
 */
@Component
public class ReviewedPlans {

    /** Where the latest review stands for consent. */
    public enum Standing { NONE, NOT_ELIGIBLE, LAPSED, HARD_STOP, VALID }

    /** The latest review (if any) and its standing; a plan may be consented to only when {@code VALID}. */
    public record Current(Optional<ScreeningReview> review, Standing standing) {

        public boolean valid() {
            return standing == Standing.VALID;
        }
    }

    private final Evaluator evaluator;
    private final ScreeningReviews reviews;
    private final Clock clock;

    ReviewedPlans(Evaluator evaluator, ScreeningReviews reviews, Clock clock) {
        this.evaluator = evaluator;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Reads the record as {@code actor} (access-checked and audited by the patients module). */
    public Current current(CurrentUser actor, UUID patientId) {
        var latest = reviews.findFirstByPatientIdOrderByReviewedAtDesc(patientId);
        if (latest.isEmpty()) {
            return new Current(latest, Standing.NONE);
        }
        var review = latest.get();
        if (!review.decision().eligible()) {
            return new Current(latest, Standing.NOT_ELIGIBLE);
        }
        var plan = review.plan();
        var screened = evaluator.screen(actor, patientId, plan);
        if (screened.evaluation().hasHardStop()) {
            return new Current(latest, Standing.HARD_STOP);
        }
        boolean clears = review.clears(plan, screened.facts().fingerprint(), clock.instant());
        return new Current(latest, clears ? Standing.VALID : Standing.LAPSED);
    }
}
