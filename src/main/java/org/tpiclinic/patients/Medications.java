package org.tpiclinic.patients;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Medications extends ListCrudRepository<Medication, UUID> {

    List<Medication> findByPatientIdOrderByRecordedAt(UUID patientId);
}
