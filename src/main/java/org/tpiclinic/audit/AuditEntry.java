package org.tpiclinic.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One line of the audit log, with its place in the hash chain once the chainer has linked it.
 *
 * @param seq        the entry's number, in the order entries were written (not necessarily committed)
 * @param occurredAt UTC, to the microsecond (what both databases store)
 * @param patientId  the patient whose data was touched; {@code null} for a search or an export of many
 * @param target     what was touched, e.g. {@code allergy 3f2…} or {@code search "smith"}
 * @param chainSeq   its position in the chain; this and the two hashes are {@code null} until it is chained
 */
public record AuditEntry(long seq, Instant occurredAt, String username, String role, UUID patientId,
        AuditAction action, String target, String clientAddress, AuditOutcome outcome, Long chainSeq,
        String prevHash, String entryHash) {

    public boolean isChained() {
        return chainSeq != null;
    }

    /** The hash this entry must carry, computed from its content, its position and the previous entry's hash. */
    public String expectedHash() {
        return hashAt(chainSeq, prevHash);
    }

    String hashAt(long position, String previous) {
        return hash(position, occurredAt, username, role, patientId, action, target, clientAddress, outcome,
                previous);
    }

    static String hash(long position, Instant occurredAt, String username, String role, UUID patientId,
            AuditAction action, String target, String clientAddress, AuditOutcome outcome, String prevHash) {
        String canonical = String.join("\u001f", Long.toString(position), occurredAt.toString(), username, role,
                String.valueOf(patientId), action.name(), target, clientAddress, outcome.name(), prevHash);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
