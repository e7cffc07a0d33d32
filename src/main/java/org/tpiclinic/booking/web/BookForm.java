package org.tpiclinic.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.tpiclinic.booking.Application;
import org.tpiclinic.shared.PlainText;

/**
 * The public booking form. Every field is checked here with a message beside it; nothing is stored unless all
 * pass. {@code slot} is {@code <clinicianId>|<start instant>}; {@code website} is a honeypot that people leave
 * empty (it is hidden from them).
 */
public class BookForm {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{7,30}$");

    private UUID locationId;
    private UUID typeId;
    private String slot;
    private String givenName;
    private String familyName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) // shown again as the date field's own yyyy-mm-dd
    private LocalDate dateOfBirth;
    private String email;
    private String phone;
    private String reason;
    private String website;

    record ChosenSlot(UUID clinicianId, Instant start) {
    }

    /** The chosen slot, or null when the value is missing or damaged. */
    static ChosenSlot parseSlot(String slot) {
        if (slot == null || slot.length() > 80 || slot.indexOf('|') < 0) {
            return null;
        }
        try {
            var parts = slot.split("\\|", 2);
            return new ChosenSlot(UUID.fromString(parts[0]), Instant.parse(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException damaged) {
            return null;
        }
    }

    /**
     * The first day of the week of free times to show again after a refusal: the one the page showed (a hidden
     * field), else the chosen time's day, so the person's choice stays in view.
     */
    LocalDate shownFrom(String shown) {
        try {
            if (shown != null && !shown.isBlank() && shown.length() <= 10) {
                return LocalDate.parse(shown);
            }
        } catch (DateTimeParseException unreadable) {
            // fall through to the chosen time
        }
        var chosen = parseSlot(slot);
        return chosen == null ? null : LocalDate.ofInstant(chosen.start(), java.time.ZoneOffset.UTC).minusDays(1);
    }

    void validate(Errors errors, Clock clock) {
        if (locationId == null && !errors.hasFieldErrors("locationId")) {
            errors.rejectValue("locationId", "online.error.required", "Choose a location");
        }
        if (typeId == null && !errors.hasFieldErrors("typeId")) {
            errors.rejectValue("typeId", "online.error.required", "Choose a kind of appointment");
        }
        if (parseSlot(slot) == null) {
            errors.rejectValue("slot", "online.error.slot", "Choose one of the free times");
        }
        if (text(errors, "givenName", givenName, 60, "Enter your first name") && !PlainText.Check.isPlain(givenName)) {
            errors.rejectValue("givenName", "input.plainText", "Use letters and punctuation only");
        }
        if (text(errors, "familyName", familyName, 60, "Enter your last name") && !PlainText.Check.isPlain(familyName)) {
            errors.rejectValue("familyName", "input.plainText", "Use letters and punctuation only");
        }
        if (!errors.hasFieldErrors("dateOfBirth")) {
            LocalDate today = LocalDate.now(clock);
            if (dateOfBirth == null) {
                errors.rejectValue("dateOfBirth", "online.error.dob", "Enter your date of birth");
            } else if (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(130))) {
                errors.rejectValue("dateOfBirth", "online.error.dob", "Enter a date of birth in the past, not in the future");
            }
        }
        if (text(errors, "email", email, 254, "Enter your email address") && !EMAIL.matcher(email.trim()).matches()) {
            errors.rejectValue("email", "online.error.email", "Enter a valid email address, like name@example.com");
        }
        if (text(errors, "phone", phone, 30, "Enter your phone number") && !PHONE.matcher(phone.trim()).matches()) {
            errors.rejectValue("phone", "online.error.phone", "Enter a valid phone number (digits, spaces, + ( ) -)");
        }
        text(errors, "reason", reason, 500, "Tell us briefly why you want to come");
    }

    private static boolean text(Errors errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "online.error.required", missing);
            return false;
        }
        if (value.length() > max || value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.rejectValue(field, "online.error.tooLong", "Use at most " + max + " characters");
            return false;
        }
        return true;
    }

    Application application() {
        var chosen = parseSlot(slot);
        return new Application(locationId, typeId, chosen.clinicianId(), chosen.start(), givenName, familyName,
                dateOfBirth, email, phone, reason);
    }

    boolean isBot() {
        return website != null && !website.isEmpty();
    }

    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public UUID getTypeId() { return typeId; }
    public void setTypeId(UUID typeId) { this.typeId = typeId; }
    public String getSlot() { return slot; }
    public void setSlot(String slot) { this.slot = slot; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
