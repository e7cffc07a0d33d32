package org.tpiclinic.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: passed explicitly into every module API that touches patient data, so the API itself decides
 * (on the server) whether the action is allowed, and the audit log records who did it.
 * <p>
 * Serializable because the principal that carries it ({@link ClinicUser}) is kept in the HTTP session.
 *
 * @param patientId the patient this user is, for {@link Role#PATIENT} accounts; {@code null} for staff
 */
public record CurrentUser(UUID userId, String username, String displayName, Role role, @Nullable UUID patientId)
        implements Serializable {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.PATIENT && patientId == null) {
            throw new IllegalArgumentException("A patient account must be linked to a patient");
        }
    }

    /** An actor for work the system does by itself (loading demo data, start-up tasks). */
    public static CurrentUser system(String name) {
        return new CurrentUser(null, name, name, Role.ADMIN, null);
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    /** Staff see every patient of the practice; a patient sees only themself. */
    public boolean maySee(UUID patient) {
        return role.isStaff() || patientId.equals(patient);
    }

    public boolean mayEditRecords() {
        return role.maySeeAndEditRecords();
    }
}
