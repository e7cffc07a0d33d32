package org.tpiclinic.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The practice's clinicians. */
public interface Clinicians extends ListCrudRepository<Clinician, UUID> {

    List<Clinician> findAllByOrderByName();

    Optional<Clinician> findByUserId(UUID userId);
}
