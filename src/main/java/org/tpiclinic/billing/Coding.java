package org.tpiclinic.billing;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rules made of one session: the procedure lines (at most one per technique), the diagnoses in order,
 * the drug lines, and the reasons it must wait for a person, if any.
 */
public record Coding(List<ProcedureLine> procedures, List<String> diagnoses, List<DrugLine> drugs,
        List<ReviewReason> reviews) {

    public Coding {
        procedures = List.copyOf(procedures);
        diagnoses = List.copyOf(diagnoses);
        drugs = List.copyOf(drugs);
        reviews = List.copyOf(reviews);
    }

    public boolean needsReview() {
        return !reviews.isEmpty();
    }

    public List<String> procedureCodes() {
        return procedures.stream().map(ProcedureLine::code).toList();
    }

    /**
     * One procedure code, once per session.
     *
     * @param sites the distinct sites it counts ({@code UPPER_TRAPEZIUS_L}), in the order documented
     */
    public record ProcedureLine(String code, String description, List<String> sites) {

        public ProcedureLine {
            sites = List.copyOf(sites);
        }
    }

    /**
     * One agent given in the session, as a claim carries it.
     *
     * @param hcpcs a verified HCPCS code, or null when none is verified
     */
    public record DrugLine(String agentCode, String name, BigDecimal volumeMl, BigDecimal amountMg,
            @Nullable String hcpcs) {
    }

    /** Why a session was not coded silently; {@code detail} names the sites or codes concerned. */
    public record ReviewReason(Kind kind, String detail) {

        public enum Kind {
            NO_DIAGNOSIS, SAME_MUSCLE_BOTH_TECHNIQUES, NO_TREATED_SITE, NO_CODE_FOR_COUNT, MALFORMED_DIAGNOSIS
        }
    }
}
