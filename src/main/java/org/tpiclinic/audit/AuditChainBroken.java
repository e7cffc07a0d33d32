package org.tpiclinic.audit;

import java.time.Instant;

/**
 * A check of the audit log found it altered: published once when a check first fails (or fails for another
 * reason than the last time), in the transaction that records the alert in the log itself.
 *
 * @param position   the first chain position that does not hold (0 when the checkpoint file itself is bad)
 * @param reason     why, in words an admin can act on
 * @param detectedAt when the check ran
 */
public record AuditChainBroken(long position, String reason, Instant detectedAt) {
}
