package org.tpiclinic.scheduling;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The kinds of appointment the practice offers. */
public interface AppointmentTypes extends ListCrudRepository<AppointmentType, UUID> {

    List<AppointmentType> findAllByOrderByName();
}
