package org.tpiclinic.patients;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.shared.ConflictException;

/** A condition of one patient that matters for TPI (bleeding disorder, diabetes, pregnancy, ...). */
@Table("conditions")
public class Condition {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID patientId;
    private final ConditionKind kind;
    private final String note;
    private final Instant recordedAt;
    private final String recordedBy;
    @Embedded.Nullable(prefix = "void_")
    private Voiding voiding;

    @PersistenceCreator
    Condition(UUID id, Long version, UUID patientId, ConditionKind kind, String note, Instant recordedAt,
            String recordedBy, Voiding voiding) {
        this.id = id;
        this.version = version;
        this.patientId = patientId;
        this.kind = kind;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.voiding = voiding;
    }

    static Condition record(UUID patientId, ConditionKind kind, String note, Instant at, String by) {
        return new Condition(UUID.randomUUID(), null, patientId, kind,
                note == null || note.isBlank() ? null : note.trim(), at, by, null);
    }

    void voidWith(Voiding why) {
        if (voiding != null) {
            throw new ConflictException("This condition was already voided. Reload the chart to see it.");
        }
        voiding = why;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public ConditionKind kind() { return kind; }
    public String note() { return note; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public Voiding voiding() { return voiding; }
    public boolean active() { return voiding == null; }
}
