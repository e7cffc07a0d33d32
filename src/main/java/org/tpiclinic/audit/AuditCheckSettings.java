package org.tpiclinic.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit log checks itself ({@code tpi.audit.check.*}).
 *
 * @param scheduled      whether the checks run on their own (tests switch them off and call {@link ChainWatch})
 * @param initialDelay   the first full check after start-up
 * @param interval       how often the whole chain is walked
 * @param anchorFile     where signed checkpoints of the chain's end are appended, outside the database; empty
 *                       switches checkpoints off. An operator keeps this file (or ships it to append-only
 *                       storage): it is what finds a rewrite of the log done with the chain recomputed.
 * @param anchorKey      the HMAC key that signs checkpoints (at least 32 characters), from the environment
 *                       ({@code TPI_AUDIT_ANCHOR_KEY}), never from the database
 * @param anchorKeyFile  a file holding the key instead; when neither is set a key is generated into
 *                       {@code <anchorFile>.key} (owner-only) with a warning to keep a copy elsewhere
 * @param anchorInterval how often a checkpoint is written (only when the chain has grown since the last one)
 */
@ConfigurationProperties("tpi.audit.check")
record AuditCheckSettings(@DefaultValue("true") boolean scheduled, @DefaultValue("10s") Duration initialDelay,
        @DefaultValue("1h") Duration interval, Path anchorFile, String anchorKey, Path anchorKeyFile,
        @DefaultValue("5m") Duration anchorInterval) {

    boolean anchoring() {
        return anchorFile != null && !anchorFile.toString().isBlank();
    }
}
