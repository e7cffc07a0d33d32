package org.tpiclinic.billing.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.tpiclinic.billing.Claim;

/**
 * A biller's correction: the procedure codes and diagnoses as typed (separated by commas or spaces), the reason,
 * and the version of the claim that was shown. A bean, not a record, so that each field binds on its own
 * (decision 8).
 */
public class CorrectionForm {

    @Size(max = 100)
    private String procedures = "";
    @Size(max = 200)
    private String diagnoses = "";
    @Size(max = 500)
    private String reason = "";
    private Integer version;

    static CorrectionForm of(Claim claim) {
        var form = new CorrectionForm();
        form.procedures = String.join(", ", claim.procedureCodes());
        form.diagnoses = String.join(", ", claim.diagnoses());
        form.version = claim.version();
        return form;
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.toUpperCase(java.util.Locale.ROOT).split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
    }

    public String getProcedures() { return procedures; }
    public void setProcedures(String procedures) { this.procedures = procedures; }
    public String getDiagnoses() { return diagnoses; }
    public void setDiagnoses(String diagnoses) { this.diagnoses = diagnoses; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
