package org.tpiclinic.patients;

import java.util.List;
import java.util.UUID;

/**
 * Answers about a patient's record that someone gave elsewhere (the patient on the intake) and staff have not yet
 * reviewed into the record, so the chart can show them. The patients module only declares this; the module that
 * collects such answers implements it (screening, for the intake), keeping the dependency one way.
 */
public interface AnswersAwaitingReview {

    /** One answer waiting for review: its kind (ALLERGY, MEDICATION, CONDITION, WEIGHT) and what it says. */
    record Answer(String kind, String label, boolean patientReported) {
    }

    List<Answer> awaitingReview(UUID patientId);
}
