package org.tpiclinic.patients;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Allergies extends ListCrudRepository<Allergy, UUID> {

    List<Allergy> findByPatientIdOrderByRecordedAt(UUID patientId);
}
