package org.tpiclinic.scheduling;

/** Where an appointment stands. Every status but {@link #CANCELLED} keeps its time taken. */
public enum AppointmentStatus {
    BOOKED, CHECKED_IN, COMPLETED, NO_SHOW, CANCELLED;

    public boolean holdsTime() {
        return this != CANCELLED;
    }
}
