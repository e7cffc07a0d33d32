package org.tpiclinic.patients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.Kilograms;

/**
 * A patient of the practice: who they are, how to reach them, and their weight (with the date it was measured,
 * because dose limits are per kilogram). Allergies, medications and conditions are separate entries that refer
 * to the patient by id.
 */
@Table("patients")
public class Patient {

    /** Weights outside this range are refused as typing mistakes (kilograms). */
    static final BigDecimal MIN_WEIGHT = new BigDecimal("2.0");
    static final BigDecimal MAX_WEIGHT = new BigDecimal("350.0");

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final String mrn;
    private String givenName;
    private String familyName;
    private String preferredName;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String phone;
    private String phoneDigits;
    private String email;
    private String addressLine;
    private String city;
    private String region;
    private String postalCode;
    private String preferredLanguage;
    private BigDecimal weightKg;
    private LocalDate weightMeasuredOn;
    private String nameKey;
    private final Instant registeredAt;

    @PersistenceCreator
    Patient(UUID id, Long version, String mrn, Instant registeredAt) {
        this.id = id;
        this.version = version;
        this.mrn = mrn;
        this.registeredAt = registeredAt;
    }

    static Patient register(String mrn, PatientDetails details, LocalDate today, Instant now) {
        var patient = new Patient(UUID.randomUUID(), null, mrn, now);
        patient.update(details, today);
        return patient;
    }

    void update(PatientDetails d, LocalDate today) {
        check(d, today);
        givenName = d.givenName().trim();
        familyName = d.familyName().trim();
        preferredName = blankToNull(d.preferredName());
        dateOfBirth = d.dateOfBirth();
        sex = d.sex() == null ? Sex.UNKNOWN : d.sex();
        phone = blankToNull(d.phone());
        phoneDigits = NameSearch.phoneDigits(d.phone());
        email = blankToNull(d.email());
        addressLine = blankToNull(d.addressLine());
        city = blankToNull(d.city());
        region = blankToNull(d.region());
        postalCode = blankToNull(d.postalCode());
        preferredLanguage = d.preferredLanguage() == null || d.preferredLanguage().isBlank() ? "English"
                : d.preferredLanguage().trim();
        weightKg = d.weight() == null ? null : d.weight().value();
        weightMeasuredOn = d.weightMeasuredOn();
        nameKey = NameSearch.nameKey(givenName, familyName);
    }

    private static void check(PatientDetails d, LocalDate today) {
        if (d.givenName() == null || d.givenName().isBlank()) {
            throw new FieldRefused("givenName", "patient.error.name", "Enter the patient's given and family name");
        }
        if (d.familyName() == null || d.familyName().isBlank()) {
            throw new FieldRefused("familyName", "patient.error.name", "Enter the patient's given and family name");
        }
        if (d.dateOfBirth() == null || d.dateOfBirth().isAfter(today)
                || d.dateOfBirth().isBefore(today.minusYears(130))) {
            throw new FieldRefused("dateOfBirth", "patient.error.dateOfBirth",
                    "Enter a date of birth in the past 130 years, not in the future");
        }
        if (d.weight() != null) {
            if (d.weight().value().compareTo(MIN_WEIGHT) < 0 || d.weight().value().compareTo(MAX_WEIGHT) > 0) {
                throw new FieldRefused("weightKg", "patient.error.weight", "Enter a weight between 2 and 350 kg");
            }
            if (d.weightMeasuredOn() == null || d.weightMeasuredOn().isAfter(today)
                    || d.weightMeasuredOn().isBefore(d.dateOfBirth())) {
                throw new FieldRefused("weightMeasuredOn", "patient.error.weightDate",
                        "Enter the day the weight was measured (not in the future)");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public PatientDetails details() {
        return new PatientDetails(givenName, familyName, preferredName, dateOfBirth, sex, phone, email,
                addressLine, city, region, postalCode, preferredLanguage, weight(), weightMeasuredOn);
    }

    public String displayName() {
        return familyName + ", " + givenName + (preferredName == null ? "" : " (" + preferredName + ")");
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public UUID id() { return id; }
    public Long version() { return version; }
    public String mrn() { return mrn; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public @Nullable String preferredName() { return preferredName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public @Nullable Sex sex() { return sex; }
    public @Nullable String phone() { return phone; }
    public @Nullable String email() { return email; }
    public @Nullable String addressLine() { return addressLine; }
    public @Nullable String city() { return city; }
    public @Nullable String region() { return region; }
    public @Nullable String postalCode() { return postalCode; }
    public String preferredLanguage() { return preferredLanguage; }
    /** The body weight, or {@code null} when none was recorded. */
    public @Nullable Kilograms weight() { return weightKg == null ? null : new Kilograms(weightKg); }
    public @Nullable LocalDate weightMeasuredOn() { return weightMeasuredOn; }
    public Instant registeredAt() { return registeredAt; }
    String nameKey() { return nameKey; }
}
