package org.tpiclinic.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the chain's end, appended to a file outside the database (and to the application log,
 * logger {@code org.tpiclinic.audit.anchor}). Each line is {@code v1 <instant> <position> <hash> <hmac>}, the HMAC
 * (SHA-256) taken with a key that is not in the database: whoever rewrites the log and recomputes its chain cannot
 * make the hash at a checkpointed position match again, nor sign a new checkpoint.
 */
@Component
class ChainAnchors {

    private static final Logger LOG = LoggerFactory.getLogger("org.tpiclinic.audit.anchor");
    private static final String VERSION = "v1";
    private static final int MIN_KEY_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuditCheckSettings settings;
    private volatile byte[] key;

    ChainAnchors(AuditCheckSettings settings) {
        this.settings = settings;
    }

    /** A checkpoint: at {@code at}, the chain ended at {@code position} with {@code hash}. */
    record Anchor(Instant at, long position, String hash) {
    }

    /**
     * What the file holds: the checkpoints by position, and the first line that does not carry a valid signature
     * ({@code null} when every line does).
     */
    record Checkpoints(NavigableMap<Long, Anchor> byPosition, String problem) {

        static final Checkpoints NONE = new Checkpoints(new TreeMap<>(), null);

        Anchor last() {
            return byPosition.isEmpty() ? null : byPosition.lastEntry().getValue();
        }
    }

    boolean enabled() {
        return settings.anchoring();
    }

    /** Appends a checkpoint and logs it. */
    synchronized Anchor write(long position, String hash, Instant at) {
        var anchor = new Anchor(at, position, hash);
        String signed = payload(anchor) + " " + sign(payload(anchor));
        try {
            Path file = settings.anchorFile();
            createParent(file);
            Files.writeString(file, signed + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot append the audit checkpoint to " + settings.anchorFile(), e);
        }
        LOG.info("audit checkpoint {}", signed);
        return anchor;
    }

    /** Reads every checkpoint; an empty result when checkpoints are off or none has been written yet. */
    Checkpoints read() {
        if (!enabled() || !Files.exists(settings.anchorFile())) {
            return Checkpoints.NONE;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(settings.anchorFile(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return new Checkpoints(new TreeMap<>(), "the checkpoint file " + settings.anchorFile()
                    + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        var byPosition = new TreeMap<Long, Anchor>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Anchor anchor = parse(lines.get(i));
            if (anchor == null) {
                return new Checkpoints(byPosition, "line " + (i + 1) + " of the checkpoint file "
                        + settings.anchorFile() + " is not signed with the checkpoint key (altered or forged)");
            }
            byPosition.put(anchor.position(), anchor);
        }
        return new Checkpoints(byPosition, null);
    }

    private Anchor parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return null;
        }
        try {
            var anchor = new Anchor(Instant.parse(parts[1]), Long.parseLong(parts[2]), parts[3]);
            byte[] expected = sign(payload(anchor)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, parts[4].getBytes(StandardCharsets.US_ASCII)) ? anchor : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static String payload(Anchor anchor) {
        return String.join(" ", VERSION, anchor.at().toString(), Long.toString(anchor.position()), anchor.hash());
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = loadKey();
            key = known;
        }
        return known;
    }

    private synchronized byte[] loadKey() {
        String text;
        if (settings.anchorKey() != null && !settings.anchorKey().isBlank()) {
            text = settings.anchorKey().trim();
        } else {
            boolean named = settings.anchorKeyFile() != null && !settings.anchorKeyFile().toString().isBlank();
            Path file = named ? settings.anchorKeyFile() : Path.of(settings.anchorFile() + ".key");
            text = readOrCreateKey(file, !named);
        }
        if (text.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("The audit checkpoint key needs at least " + MIN_KEY_LENGTH
                    + " characters (tpi.audit.check.anchor-key or anchor-key-file)");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String readOrCreateKey(Path file, boolean mayCreate) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            if (!mayCreate) {
                throw new IllegalStateException("The audit checkpoint key file " + file + " does not exist");
            }
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            createParent(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            LOG.warn("Generated the audit checkpoint key {}. Keep a copy away from this server and the database, "
                    + "or set TPI_AUDIT_ANCHOR_KEY: whoever can read the key can sign checkpoints.", file);
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the audit checkpoint key " + file, e);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
