package org.tpiclinic.screening.consent;

import java.time.Instant;
import java.util.UUID;

import org.tpiclinic.screening.PlannedTreatment;

/**
 * A consent a patient signed for one plan with one template version. Never deleted: it is withdrawn with a
 * reason, actor and time. The PDF holds exactly what was signed; {@code pdfSha256} is its hex SHA-256.
 */
public record SignedConsent(UUID id, UUID patientId, int templateVersion, String planCode, String typedName,
        boolean drawn, String witnessName, Instant signedAt, String signedBy, String clientAddress,
        Instant validUntil, String pdfSha256, Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

    public PlannedTreatment plan() {
        return PlannedTreatment.parse(planCode);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean validAt(Instant now) {
        return !withdrawn() && now.isBefore(validUntil);
    }

    /**
     * Whether this consent covers a plan: the same agent, a steroid only if one was consented to, and every
     * planned site near the thorax among the sites consented to (so the lung paragraph was read for it).
     */
    public boolean covers(PlannedTreatment wanted) {
        var signed = plan();
        return signed.agent() == wanted.agent()
                && (!wanted.steroid() || signed.steroid())
                && wanted.sites().stream().filter(m -> m.nearThorax()).allMatch(signed.sites()::contains);
    }
}
