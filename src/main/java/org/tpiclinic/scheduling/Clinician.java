package org.tpiclinic.scheduling;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A clinician who sees patients: linked to the staff account they sign in with, and offering some appointment
 * types. Their hours live in {@link Availability}.
 */
@Table("clinicians")
public class Clinician {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID userId;
    private String name;
    private boolean active;
    @MappedCollection(idColumn = "clinician_id")
    private Set<OfferedType> offers = new HashSet<>();

    @PersistenceCreator
    Clinician(UUID id, Long version, UUID userId, String name, boolean active) {
        this.id = id;
        this.version = version;
        this.userId = userId;
        this.name = name;
        this.active = active;
    }

    /** A new clinician for the staff account {@code userId}, offering the given appointment types. */
    public static Clinician of(UUID userId, String name, Set<UUID> typeIds) {
        if (userId == null || name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A clinician needs a staff account and a name of at most 120 characters");
        }
        var clinician = new Clinician(UUID.randomUUID(), null, userId, name.trim(), true);
        clinician.offer(typeIds);
        return clinician;
    }

    /** Replaces the appointment types this clinician offers. */
    public void offer(Set<UUID> typeIds) {
        offers = typeIds.stream().map(OfferedType::new).collect(Collectors.toCollection(HashSet::new));
    }

    public boolean offers(UUID typeId) {
        return active && offers.stream().anyMatch(o -> o.typeId().equals(typeId));
    }

    public UUID id() { return id; }
    public Long version() { return version; }
    public UUID userId() { return userId; }
    public String name() { return name; }
    public boolean active() { return active; }
    public Set<UUID> typeIds() { return offers.stream().map(OfferedType::typeId).collect(Collectors.toSet()); }

    @Table("clinician_appointment_types")
    record OfferedType(UUID typeId) {
    }
}
