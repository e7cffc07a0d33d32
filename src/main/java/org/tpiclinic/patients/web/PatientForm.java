package org.tpiclinic.patients.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.tpiclinic.patients.Patient;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.PlainText;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.Kilograms;

/**
 * The registration and edit form of a patient, as typed. A bean rather than a record on purpose: binding field
 * by field lets every field's problem be shown at once, including a value that does not parse.
 */
public class PatientForm {

    @NotBlank @Size(max = 80) @PlainText
    private String givenName;

    @NotBlank @Size(max = 80) @PlainText
    private String familyName;

    @Size(max = 80) @PlainText
    private String preferredName;

    @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;

    private Sex sex;

    @Pattern(regexp = "^$|[0-9+()\\-. ]{7,32}", message = "{patient.phone.invalid}")
    private String phone;

    @Email @Size(max = 254)
    private String email;

    @Size(max = 200)
    private String addressLine;

    @Size(max = 80)
    private String city;

    @Size(max = 80)
    private String region;

    @Size(max = 16)
    private String postalCode;

    @Size(max = 40)
    private String preferredLanguage;

    @DecimalMin("2.0") @DecimalMax("350.0") @Digits(integer = 3, fraction = 1)
    private BigDecimal weightKg;

    @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate weightMeasuredOn;

    private Long version;

    private boolean confirmNotDuplicate;

    static PatientForm empty() {
        var form = new PatientForm();
        form.preferredLanguage = "English";
        return form;
    }

    static PatientForm of(Patient p) {
        var d = p.details();
        var form = new PatientForm();
        form.givenName = d.givenName();
        form.familyName = d.familyName();
        form.preferredName = d.preferredName();
        form.dateOfBirth = d.dateOfBirth();
        form.sex = d.sex();
        form.phone = d.phone();
        form.email = d.email();
        form.addressLine = d.addressLine();
        form.city = d.city();
        form.region = d.region();
        form.postalCode = d.postalCode();
        form.preferredLanguage = d.preferredLanguage();
        form.weightKg = d.weight() == null ? null : d.weight().value();
        form.weightMeasuredOn = d.weightMeasuredOn();
        form.version = p.version();
        return form;
    }

    PatientDetails details() {
        return new PatientDetails(givenName, familyName, preferredName, dateOfBirth, sex, phone, email,
                addressLine, city, region, postalCode, preferredLanguage, weight(), weightMeasuredOn);
    }

    /** The typed weight as a quantity; zero or less is refused beside the field (Kilograms allows neither). */
    private Kilograms weight() {
        if (weightKg == null) {
            return null;
        }
        if (weightKg.signum() <= 0) {
            throw new FieldRefused("weightKg", "patient.error.weight", "Enter a weight between 2 and 350 kg");
        }
        return new Kilograms(weightKg);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public LocalDate getWeightMeasuredOn() {
        return weightMeasuredOn;
    }

    public void setWeightMeasuredOn(LocalDate weightMeasuredOn) {
        this.weightMeasuredOn = weightMeasuredOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isConfirmNotDuplicate() {
        return confirmNotDuplicate;
    }

    public void setConfirmNotDuplicate(boolean confirmNotDuplicate) {
        this.confirmNotDuplicate = confirmNotDuplicate;
    }
}
