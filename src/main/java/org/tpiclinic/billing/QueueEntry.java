package org.tpiclinic.billing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One claim in the billing work queue.
 *
 * @param codes     the procedure codes, comma-separated
 * @param diagnoses the ICD-10-CM codes, comma-separated, primary first
 * @param reviews   how many reasons it waits for review
 */
public record QueueEntry(UUID sessionId, UUID patientId, String patientName, LocalDate performedOn,
        ClaimStatus status, String codes, String diagnoses, boolean reexport, int reviews) {

    QueueEntry withCodes(String procedureCodes) {
        return new QueueEntry(sessionId, patientId, patientName, performedOn, status, procedureCodes, diagnoses,
                reexport, reviews);
    }

    QueueEntry withName(String name) {
        return new QueueEntry(sessionId, patientId, name, performedOn, status, codes, diagnoses, reexport, reviews);
    }
}
