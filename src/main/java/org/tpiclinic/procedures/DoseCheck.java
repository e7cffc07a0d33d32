package org.tpiclinic.procedures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;

/**
 * Totals a session's volumes per agent and compares them with this patient's maximum, exactly. With no weight,
 * no computation: the report says why the session is blocked.
 */
public interface DoseCheck {

    /** Against the current formulary version (a session being documented). */
    DoseReport evaluate(Optional<Kilograms> weight, List<AgentVolume> volumes);

    /**
     * Against the formulary version a session recorded.
     *
     * @throws org.tpiclinic.shared.NotFoundException for a version that never existed
     */
    DoseReport evaluate(int formularyVersion, Optional<Kilograms> weight, List<AgentVolume> volumes);

    /** A volume of one agent given at one site (a mixture is entered as one volume per agent). */
    record AgentVolume(String agentCode, Millilitres volume) {
    }

    /**
     * @param share this agent's amount as a fraction of the patient's maximum (1 = the limit); empty without a
     *              weight or for an agent without a limit (saline)
     */
    record AgentTotal(String agentCode, String name, Millilitres volume, Milligrams amount,
            Optional<Milligrams> maximum, Optional<BigDecimal> share) {
    }

    /**
     * A warning or a reason the session cannot be signed, in words a clinician can act on, with its source.
     *
     * @param code     stable code for tests and overrides ({@code DOSE_NEAR_LIMIT}, {@code DOSE_OVER_LIMIT},
     *                 {@code NO_WEIGHT}, {@code BUPIVACAINE_MIXED})
     * @param blocking true when the session cannot be signed while it holds
     */
    record DoseNotice(String code, String message, boolean blocking, String source) {
    }

    /**
     * @param combinedAnestheticShare the local anesthetics' sum of fractions of their maxima; empty without a weight
     */
    record DoseReport(int formularyVersion, List<AgentTotal> totals, Optional<BigDecimal> combinedAnestheticShare,
            List<DoseNotice> notices) {

        public boolean blocksSigning() {
            return notices.stream().anyMatch(DoseNotice::blocking);
        }
    }
}
