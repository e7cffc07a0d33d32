package org.tpiclinic.patients;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Conditions extends ListCrudRepository<Condition, UUID> {

    List<Condition> findByPatientIdOrderByRecordedAt(UUID patientId);
}
