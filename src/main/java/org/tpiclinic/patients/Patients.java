package org.tpiclinic.patients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Patients extends ListCrudRepository<Patient, UUID> {

    List<Patient> findByNameKeyAndDateOfBirth(String nameKey, LocalDate dateOfBirth);
}
