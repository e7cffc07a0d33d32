package org.tpiclinic.audit;

/** Whether the audited action was carried out or refused. */
public enum AuditOutcome {
    SUCCESS, DENIED
}
