package org.tpiclinic.scheduling;

/** Booking's write: a new appointment in one plain INSERT (the aggregate machinery costs more than the row). */
interface AppointmentInserts {

    /** Stores a new appointment (version 0); constraint violations surface as they would from {@code save}. */
    void insert(Appointment appointment);
}
