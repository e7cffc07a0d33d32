package org.tpiclinic.screening.consent;

import java.time.Instant;
import java.util.UUID;

import org.tpiclinic.screening.PlannedTreatment;

/**
 * A consent a patient signed for one plan with one template version. Never deleted: it is withdrawn with a
 * reason, actor and time. The PDF holds exactly what was signed; {@code pdfSha256} is its hex SHA-256.
 *
 * @param reviewId   the clinician's screening review whose plan was signed for ({@code null} before V170)
 * @param obtainedBy the clinician who obtained consent: the one presenting it in the clinic, or, when the patient
 *                   signed alone in the portal, the one who reviewed the plan
 * @param inClinic   whether a clinician presented it in the clinic (only then may a witness be named)
 */
public record SignedConsent(UUID id, UUID patientId, int templateVersion, String planCode, String typedName,
        boolean drawn, String witnessName, Instant signedAt, String signedBy, String clientAddress,
        Instant validUntil, String pdfSha256, Instant withdrawnAt, String withdrawnBy, String withdrawalReason,
        UUID reviewId, String obtainedBy, boolean inClinic) {

    public PlannedTreatment plan() {
        return PlannedTreatment.parse(planCode);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean validAt(Instant now) {
        return !withdrawn() && now.isBefore(validUntil);
    }

    /** The same consent with its PDF's hash. */
    public SignedConsent withPdfSha256(String sha256) {
        return new SignedConsent(id, patientId, templateVersion, planCode, typedName, drawn, witnessName, signedAt,
                signedBy, clientAddress, validUntil, sha256, withdrawnAt, withdrawnBy, withdrawalReason, reviewId,
                obtainedBy, inClinic);
    }

    /**
     * Whether this consent covers a plan: the same agent, a steroid only if one was consented to, and every planned
     * site (muscle and side) among the sites consented to; consent to both sides covers either. A site whose side
     * was not recorded is covered by nothing.
     */
    public boolean covers(PlannedTreatment wanted) {
        var signed = plan();
        return signed.agent() == wanted.agent()
                && (!wanted.steroid() || signed.steroid())
                && signed.includesSitesOf(wanted);
    }
}
