package org.tpiclinic.scheduling;

import java.time.Duration;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A kind of appointment and its booking rules. Units: minutes for duration and buffer (the clinician stays busy
 * for the buffer after each appointment), hours for minimum notice and the cancellation window, days for how
 * far ahead it may be booked online.
 */
@Table("appointment_types")
public class AppointmentType {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final String code;
    private String name;
    private int durationMinutes;
    private int bufferAfterMinutes;
    private boolean bookableOnline;
    private int minNoticeHours;
    private int horizonDays;
    private int cancellationWindowHours;
    private boolean active;
    private boolean requiresApproval;

    @PersistenceCreator
    AppointmentType(UUID id, Long version, String code, String name, int durationMinutes, int bufferAfterMinutes,
            boolean bookableOnline, int minNoticeHours, int horizonDays, int cancellationWindowHours,
            boolean active, boolean requiresApproval) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.name = name;
        this.durationMinutes = durationMinutes;
        this.bufferAfterMinutes = bufferAfterMinutes;
        this.bookableOnline = bookableOnline;
        this.minNoticeHours = minNoticeHours;
        this.horizonDays = horizonDays;
        this.cancellationWindowHours = cancellationWindowHours;
        this.active = active;
        this.requiresApproval = requiresApproval;
    }

    /** A new appointment type; {@code code} is a stable upper-case key. */
    public static AppointmentType define(String code, Rules rules) {
        var type = new AppointmentType(UUID.randomUUID(), null, code, "", 0, 0, false, 0, 1, 0, true, false);
        type.change(rules);
        return type;
    }

    /** Changes the rules; existing appointments keep the times they were booked with. */
    public void change(Rules r) {
        r.check();
        name = r.name().trim();
        durationMinutes = r.durationMinutes();
        bufferAfterMinutes = r.bufferAfterMinutes();
        bookableOnline = r.bookableOnline();
        minNoticeHours = r.minNoticeHours();
        horizonDays = r.horizonDays();
        cancellationWindowHours = r.cancellationWindowHours();
    }

    public UUID id() { return id; }
    public Long version() { return version; }
    public String code() { return code; }
    public String name() { return name; }
    public int durationMinutes() { return durationMinutes; }
    public int bufferAfterMinutes() { return bufferAfterMinutes; }
    public boolean bookableOnline() { return bookableOnline; }
    public int minNoticeHours() { return minNoticeHours; }
    public int horizonDays() { return horizonDays; }
    public int cancellationWindowHours() { return cancellationWindowHours; }
    public boolean active() { return active; }
    /** Whether online requests for this type wait for staff approval before they are booked. */
    public boolean requiresApproval() { return requiresApproval; }

    /** Online requests for this type wait for staff approval (true) or are booked when confirmed (false). */
    public void requireApproval(boolean required) {
        requiresApproval = required;
    }
    public Duration duration() { return Duration.ofMinutes(durationMinutes); }
    public Duration bufferAfter() { return Duration.ofMinutes(bufferAfterMinutes); }
    public Rules rules() {
        return new Rules(name, durationMinutes, bufferAfterMinutes, bookableOnline, minNoticeHours, horizonDays,
                cancellationWindowHours);
    }

    /** The editable rules of a type, checked as a whole. */
    public record Rules(String name, int durationMinutes, int bufferAfterMinutes, boolean bookableOnline,
            int minNoticeHours, int horizonDays, int cancellationWindowHours) {

        void check() {
            if (name == null || name.isBlank() || name.length() > 120) {
                throw new IllegalArgumentException("Name the appointment type (at most 120 characters)");
            }
            if (durationMinutes < 5 || durationMinutes > 480 || durationMinutes % 5 != 0) {
                throw new IllegalArgumentException("A duration is 5 to 480 minutes, in steps of 5");
            }
            if (bufferAfterMinutes < 0 || bufferAfterMinutes > 120) {
                throw new IllegalArgumentException("A buffer is 0 to 120 minutes");
            }
            if (minNoticeHours < 0 || horizonDays < 1 || horizonDays > 730 || cancellationWindowHours < 0) {
                throw new IllegalArgumentException("Notice and cancellation hours cannot be negative; the horizon is 1 to 730 days");
            }
        }
    }
}
