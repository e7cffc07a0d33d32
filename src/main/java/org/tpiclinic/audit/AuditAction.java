package org.tpiclinic.audit;

/**
 * What was done. Patient data: a search that lists patients is one {@link #QUERY}, not a read per row. Security
 * events: {@link #SIGN_IN} (refused sign-ins have the outcome DENIED), account changes ({@link #CREATE} for a new
 * account, {@link #ROLE_CHANGE}, {@link #PASSWORD_RESET}, {@link #DISABLE}, {@link #ENABLE}), and {@link #ALERT}
 * when a check of the audit log itself fails.
 */
public enum AuditAction {
    CREATE, READ, UPDATE, VOID, PRINT, EXPORT, QUERY,
    SIGN_IN, ROLE_CHANGE, PASSWORD_RESET, DISABLE, ENABLE, ALERT
}
