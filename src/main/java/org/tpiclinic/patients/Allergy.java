package org.tpiclinic.patients;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.shared.ConflictException;

/** An allergy of one patient, with the class that decides which injectates are safe. */
@Table("allergies")
public class Allergy {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID patientId;
    private final String substance;
    private final AllergyClass allergyClass;
    private final ReactionType reactionType;
    private final Severity severity;
    private final Instant recordedAt;
    private final String recordedBy;
    @Embedded.Nullable(prefix = "void_")
    private Voiding voiding;

    @PersistenceCreator
    Allergy(UUID id, Long version, UUID patientId, String substance, AllergyClass allergyClass,
            ReactionType reactionType, Severity severity, Instant recordedAt, String recordedBy, Voiding voiding) {
        this.id = id;
        this.version = version;
        this.patientId = patientId;
        this.substance = substance;
        this.allergyClass = allergyClass;
        this.reactionType = reactionType;
        this.severity = severity;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.voiding = voiding;
    }

    static Allergy record(UUID patientId, String substance, AllergyClass allergyClass, ReactionType reaction,
            Severity severity, Instant at, String by) {
        return new Allergy(UUID.randomUUID(), null, patientId, substance.trim(), allergyClass, reaction, severity,
                at, by, null);
    }

    void voidWith(Voiding why) {
        if (voiding != null) {
            throw new ConflictException("This allergy was already voided. Reload the chart to see it.");
        }
        voiding = why;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String substance() { return substance; }
    public AllergyClass allergyClass() { return allergyClass; }
    public ReactionType reactionType() { return reactionType; }
    public Severity severity() { return severity; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public Voiding voiding() { return voiding; }
    public boolean active() { return voiding == null; }
}
