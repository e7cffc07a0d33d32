package org.tpiclinic.aftercare.web;

import org.springframework.validation.Errors;
import org.tpiclinic.aftercare.CheckInAnswers;

/**
 * The check-in form, bound field by field so that a value that does not parse gets its message beside the field
 * (decision 8). Every question needs an answer.
 */
public class CheckInForm {

    static final String[] FIELDS = { "pain", "soreness", "bruising", "fever", "redness", "breathing" };

    private Integer pain;
    private String soreness;
    private Boolean bruising;
    private Boolean fever;
    private Boolean redness;
    private Boolean breathing;

    void validate(Errors errors) {
        if (!errors.hasFieldErrors("pain") && (pain == null || pain < 0 || pain > 10)) {
            errors.rejectValue("pain", "aftercare.checkIn.pain.invalid", "Choose a number from 0 to 10");
        }
        if (!errors.hasFieldErrors("soreness") && !valid(soreness)) {
            errors.rejectValue("soreness", "aftercare.checkIn.required", "Choose an answer");
        }
        for (String field : new String[] { "bruising", "fever", "redness", "breathing" }) {
            if (!errors.hasFieldErrors(field) && errors.getFieldValue(field) == null) {
                errors.rejectValue(field, "aftercare.checkIn.required", "Choose an answer");
            }
        }
    }

    CheckInAnswers answers() {
        return new CheckInAnswers(pain, CheckInAnswers.Soreness.valueOf(soreness), bruising, fever, redness, breathing);
    }

    private static boolean valid(String soreness) {
        if (soreness == null) {
            return false;
        }
        for (var s : CheckInAnswers.Soreness.values()) {
            if (s.name().equals(soreness)) {
                return true;
            }
        }
        return false;
    }

    public Integer getPain() { return pain; }
    public void setPain(Integer pain) { this.pain = pain; }
    public String getSoreness() { return soreness; }
    public void setSoreness(String soreness) { this.soreness = soreness; }
    public Boolean getBruising() { return bruising; }
    public void setBruising(Boolean bruising) { this.bruising = bruising; }
    public Boolean getFever() { return fever; }
    public void setFever(Boolean fever) { this.fever = fever; }
    public Boolean getRedness() { return redness; }
    public void setRedness(Boolean redness) { this.redness = redness; }
    public Boolean getBreathing() { return breathing; }
    public void setBreathing(Boolean breathing) { this.breathing = breathing; }
}
