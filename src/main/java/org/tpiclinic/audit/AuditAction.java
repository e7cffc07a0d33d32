package org.tpiclinic.audit;

/** What was done with patient data. A search that lists patients is one {@link #QUERY}, not a read per row. */
public enum AuditAction {
    CREATE, READ, UPDATE, VOID, PRINT, EXPORT, QUERY
}
