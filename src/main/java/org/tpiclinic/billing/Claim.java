package org.tpiclinic.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tpiclinic.billing.Coding.DrugLine;
import org.tpiclinic.billing.Coding.ProcedureLine;
import org.tpiclinic.billing.Coding.ReviewReason;

/**
 * The claim of one signed session as stored: its codes, its state and the corrections made to it.
 *
 * @param reexport corrected after it was exported: the billing service needs it again
 * @param version  grows with every change; a change sent with an older version is refused (409)
 */
public record Claim(UUID sessionId, UUID patientId, UUID clinicianId, @Nullable UUID appointmentId,
        @Nullable UUID locationId, LocalDate performedOn, Instant signedAt, Instant codedAt, ClaimStatus status,
        List<String> diagnoses, List<ProcedureLine> procedures, List<DrugLine> drugs, List<ReviewReason> reviews,
        boolean reexport, @Nullable Instant exportedAt, @Nullable String exportedBy, int version,
        List<Correction> corrections) {

    public List<String> procedureCodes() {
        return procedures.stream().map(ProcedureLine::code).toList();
    }

    /** One correction, never changed: who, when, why, and the codes before and after. */
    public record Correction(Instant correctedAt, String correctedBy, String reason, String before, String after,
            boolean afterExport) {
    }
}
