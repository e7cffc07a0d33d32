package org.tpiclinic.screening.intake;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.patients.AnswersAwaitingReview;

/**
 * The intake answers staff have not yet taken into the record, for the chart. The chart's own read is the audited
 * access; this adds the pending part of the same record.
 */
@Component
class IntakeAnswersAwaitingReview implements AnswersAwaitingReview {

    private final Intakes intakes;

    IntakeAnswersAwaitingReview(Intakes intakes) {
        this.intakes = intakes;
    }

    @Override
    public List<Answer> awaitingReview(UUID patientId) {
        return intakes.findByPatientId(patientId).map(Intake::awaitingReview).orElse(List.of()).stream()
                .map(p -> new Answer(p.kind().name(), p.label(), p.patientReported())).toList();
    }
}
