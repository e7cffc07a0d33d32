package org.tpiclinic.patients;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.shared.ConflictException;

/** A medication a patient currently takes, with its class from the curated list. */
@Table("medications")
public class Medication {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID patientId;
    private final String name;
    private final DrugClass drugClass;
    private final String dose;
    private final Instant recordedAt;
    private final String recordedBy;
    @Embedded.Nullable(prefix = "void_")
    private Voiding voiding;

    @PersistenceCreator
    Medication(UUID id, Long version, UUID patientId, String name, DrugClass drugClass, String dose,
            Instant recordedAt, String recordedBy, Voiding voiding) {
        this.id = id;
        this.version = version;
        this.patientId = patientId;
        this.name = name;
        this.drugClass = drugClass;
        this.dose = dose;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.voiding = voiding;
    }

    static Medication record(UUID patientId, String name, DrugClass drugClass, String dose, Instant at, String by) {
        return new Medication(UUID.randomUUID(), null, patientId, name.trim(), drugClass,
                dose == null || dose.isBlank() ? null : dose.trim(), at, by, null);
    }

    void voidWith(Voiding why) {
        if (voiding != null) {
            throw new ConflictException("This medication was already voided. Reload the chart to see it.");
        }
        voiding = why;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String name() { return name; }
    public DrugClass drugClass() { return drugClass; }
    public String dose() { return dose; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public Voiding voiding() { return voiding; }
    public boolean active() { return voiding == null; }
    public boolean affectsBleeding() { return drugClass.affectsBleeding(); }
}
