/**
 * Audit: one entry for every read and change of patient data, written in the same transaction as the work.
 * <p>
 * Invariants: entries are only ever appended (no update or delete path exists; on PostgreSQL a trigger refuses
 * both); each entry carries the SHA-256 of its own content and of the entry before it, so a changed or
 * removed entry breaks the chain at a point {@link org.tpiclinic.audit.AuditLog#verify()} reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package org.tpiclinic.audit;
