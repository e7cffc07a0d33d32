package org.tpiclinic.screening.intake;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.shared.Kilograms;

/** Writes one accepted intake answer into the medical record through the patients module's API. */
@Component
class ProposalWriter {

    private final PatientRegistry registry;

    ProposalWriter(PatientRegistry registry) {
        this.registry = registry;
    }

    void write(CurrentUser actor, UUID patientId, Proposal p) {
        switch (p.kind()) {
            case ALLERGY -> registry.addAllergy(actor, patientId, p.label(), p.allergyClass(),
                    p.reactionType() == null ? ReactionType.UNKNOWN : p.reactionType(),
                    p.severity() == null ? Severity.UNKNOWN : p.severity());
            case MEDICATION -> registry.addMedication(actor, patientId, p.label(), p.drugClass(), null);
            case CONDITION -> registry.addCondition(actor, patientId, p.conditionKind(),
                    p.patientReported() ? "Patient-reported on intake" : "From intake");
            case NO_ALLERGIES -> registry.affirmNoKnownAllergies(actor, patientId);
            case WEIGHT -> {
                var patient = registry.chart(actor, patientId).patient();
                var d = patient.details();
                registry.update(actor, patientId, patient.version(), new PatientDetails(d.givenName(),
                        d.familyName(), d.preferredName(), d.dateOfBirth(), d.sex(), d.phone(), d.email(),
                        d.addressLine(), d.city(), d.region(), d.postalCode(), d.preferredLanguage(),
                        p.weightKg() == null ? null : new Kilograms(p.weightKg()),
                        p.weightMeasuredOn()));
            }
        }
    }
}
