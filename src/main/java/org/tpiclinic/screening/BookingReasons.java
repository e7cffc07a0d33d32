package org.tpiclinic.screening;

import java.util.Optional;
import java.util.UUID;

/**
 * What the patient said the visit is for when they booked, so the intake can start from it instead of asking
 * again. Implemented by the scheduling module (which keeps it with the appointment); absent, the intake simply
 * starts empty.
 */
public interface BookingReasons {

    /** The reason given for the patient's next booked visit (or, with none ahead, the latest one), if any. */
    Optional<String> latestFor(UUID patientId);
}
