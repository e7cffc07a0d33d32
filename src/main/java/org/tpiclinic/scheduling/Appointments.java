package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Appointments; none is ever deleted. */
public interface Appointments extends ListCrudRepository<Appointment, UUID>, AppointmentInserts {

    Optional<Appointment> findByIdempotencyKey(String idempotencyKey);

    @Query("SELECT * FROM appointments WHERE clinician_id = :clinicianId AND start_at < :to AND blocked_until > :from"
            + " ORDER BY start_at")
    List<Appointment> findForClinician(UUID clinicianId, Instant from, Instant to);

    @Query("SELECT * FROM appointments WHERE location_id = :locationId AND start_at < :to AND end_at > :from"
            + " ORDER BY start_at")
    List<Appointment> findForLocation(UUID locationId, Instant from, Instant to);

    @Query("SELECT * FROM appointments WHERE patient_id = :patientId AND start_at < :to AND end_at > :from"
            + " ORDER BY start_at")
    List<Appointment> findForPatient(UUID patientId, Instant from, Instant to);
}
