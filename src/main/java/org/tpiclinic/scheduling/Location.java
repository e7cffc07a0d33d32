package org.tpiclinic.scheduling;

import java.time.ZoneId;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A place where the practice sees patients, in its own time zone. */
@Table("locations")
public class Location {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final String name;
    private final String address;
    private final String phone;
    private final String timeZone;

    @PersistenceCreator
    Location(UUID id, Long version, String name, String address, String phone, String timeZone) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.address = address;
        this.phone = phone;
        this.timeZone = ZoneId.of(timeZone).getId();
    }

    public static Location open(String name, String address, String phone, ZoneId zone) {
        return new Location(UUID.randomUUID(), null, name, address, phone, zone.getId());
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String address() { return address; }
    public String phone() { return phone; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
}
