package org.tpiclinic.screening.review;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** Clinicians' screening reviews. */
public interface ScreeningReviews extends CrudRepository<ScreeningReview, UUID> {

    Optional<ScreeningReview> findFirstByPatientIdOrderByReviewedAtDesc(UUID patientId);
}
