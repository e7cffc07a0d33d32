package org.tpiclinic.scheduling;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The practice's locations. */
public interface Locations extends ListCrudRepository<Location, UUID> {
}
