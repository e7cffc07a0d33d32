/**
 * Audit: one entry for every read and change of patient data, written in the same transaction as the work.
 * <p>
 * Invariants: entries and chain links are only ever appended (no update or delete path exists; on PostgreSQL a
 * trigger refuses both); within about a second of its commit every entry is linked into the chain with the
 * SHA-256 of its content, its position and the link before it, so a changed or removed entry or link breaks the
 * chain at a position {@link org.tpiclinic.audit.AuditLog#verify()} reports.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
@NullMarked
package org.tpiclinic.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
