package org.tpiclinic.patients;

import java.time.Instant;
import java.util.UUID;

/**
 * A duplicate chart was merged into the chart that stays. Published inside the merge's transaction: a module
 * that keeps records by patient moves them to {@code survivorId} there (or makes them reachable from it), and a
 * failure rolls the whole merge back. The merged chart itself is never deleted.
 */
public record PatientsMerged(UUID mergedId, UUID survivorId, Instant mergedAt, String mergedBy) {
}
