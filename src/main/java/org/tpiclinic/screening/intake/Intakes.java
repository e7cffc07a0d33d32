package org.tpiclinic.screening.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** Intake questionnaires, one per patient. */
public interface Intakes extends CrudRepository<Intake, UUID> {

    Optional<Intake> findByPatientId(UUID patientId);
}
