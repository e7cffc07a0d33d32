package org.tpiclinic.procedures;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The sessions; never deleted. */
public interface InjectionSessions extends ListCrudRepository<InjectionSession, UUID> {

    List<InjectionSession> findByPatientIdOrderByPerformedOnDescOpenedAtDesc(UUID patientId);

    List<InjectionSession> findByAppointmentId(UUID appointmentId);
}
