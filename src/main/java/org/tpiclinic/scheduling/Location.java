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
    private String name;
    private String address;
    private String phone;
    private String timeZone;

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
        var location = new Location(UUID.randomUUID(), null, "", "", "", "UTC");
        location.change(name, address, phone, zone);
        return location;
    }

    /**
     * Renames the location or changes its contact details or time zone. Appointments keep their UTC instants, so
     * after a zone change they show at the same moment in the new local time.
     */
    public void change(String name, String address, String phone, ZoneId zone) {
        require(name, 120, "Name the location (at most 120 characters)");
        require(address, 200, "Enter the address (at most 200 characters)");
        require(phone, 32, "Enter the phone number (at most 32 characters)");
        if (zone == null) {
            throw new IllegalArgumentException("Choose the time zone");
        }
        this.name = name.trim();
        this.address = address.trim();
        this.phone = phone.trim();
        this.timeZone = zone.getId();
    }

    private static void require(String value, int max, String message) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new IllegalArgumentException(message);
        }
    }

    public UUID id() { return id; }
    public Long version() { return version; }
    public String name() { return name; }
    public String address() { return address; }
    public String phone() { return phone; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
}
