package org.tpiclinic.billing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.billing.Claim.Correction;
import org.tpiclinic.billing.Coding.ProcedureLine;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The billing work queue: claims to review, corrections (always with a reason, audited; one made after export flags
 * the claim for re-export) and marking claims exported. Billing staff and admins only.
 */
@Service
public class BillingQueue {

    static final int QUEUE_SIZE = 200;
    static final int MAX_DIAGNOSES = 12;
    static final int REASON_MAX = 500;

    private final Claims claims;
    private final CodingTable table;
    private final BillingAccess access;
    private final AuditLog audit;
    private final PatientRegistry patients;
    private final Clock clock;

    BillingQueue(Claims claims, CodingTable table, BillingAccess access, AuditLog audit, PatientRegistry patients,
            Clock clock) {
        this.claims = claims;
        this.table = table;
        this.access = access;
        this.audit = audit;
        this.patients = patients;
        this.clock = clock;
    }

    /** The oldest claims in this state, up to {@value #QUEUE_SIZE}, with the patients' names. */
    @Transactional
    public List<QueueEntry> queue(CurrentUser actor, ClaimStatus status) {
        access.require(actor, null, AuditAction.QUERY, "billing queue");
        var rows = claims.queue(status, QUEUE_SIZE);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, String> names = patients.names(actor, rows.stream().map(QueueEntry::patientId).distinct().toList());
        return rows.stream().map(r -> r.withName(names.getOrDefault(r.patientId(), ""))).toList();
    }

    /** One claim; reading it is audited. */
    @Transactional
    public Claim claim(CurrentUser actor, UUID sessionId) {
        access.require(actor, null, AuditAction.READ, "billing claim " + sessionId);
        var claim = claims.find(sessionId, table).orElseThrow(() -> new NotFoundException("The claim"));
        audit.record(actor, claim.patientId(), AuditAction.READ, "billing claim " + sessionId);
        return claim;
    }

    /**
     * What a biller sends to correct a claim.
     *
     * @param version the claim's version the biller saw
     */
    public record CorrectionRequest(List<String> procedures, List<String> diagnoses, String reason, int version) {
    }

    /**
     * Replaces the procedure codes and diagnoses of a claim and settles its review reasons. The reason is
     * required; a claim already exported is flagged for re-export. Bad input changes nothing
     * ({@link InvalidCorrection}); a claim changed by someone else since it was read is a conflict.
     */
    @Transactional
    public Claim correct(CurrentUser actor, UUID sessionId, CorrectionRequest request) {
        access.require(actor, null, AuditAction.UPDATE, "billing claim " + sessionId);
        var claim = claims.find(sessionId, table).orElseThrow(() -> new NotFoundException("The claim"));
        var errors = new LinkedHashMap<String, String>();
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            errors.put("reason", claim.status() == ClaimStatus.EXPORTED ? "billing.correct.reason.exported"
                    : "billing.correct.reason.required");
        } else if (reason.length() > REASON_MAX) {
            errors.put("reason", "billing.correct.reason.long");
        }
        var procedures = procedures(request.procedures(), claim, errors);
        var diagnoses = request.diagnoses().stream().map(String::strip).filter(d -> !d.isEmpty()).distinct().toList();
        if (diagnoses.isEmpty()) {
            errors.put("diagnoses", "billing.correct.diagnoses.required");
        } else if (diagnoses.size() > MAX_DIAGNOSES) {
            errors.put("diagnoses", "billing.correct.diagnoses.many");
        } else if (!diagnoses.stream().allMatch(ClaimCoder::looksLikeIcd10Cm)) {
            errors.put("diagnoses", "billing.correct.diagnoses.malformed");
        }
        if (!errors.isEmpty()) {
            throw new InvalidCorrection(errors);
        }
        if (claim.version() != request.version()) {
            throw new ConflictException("This claim was changed by someone else after you opened it. "
                    + "Open it again to see the change, then correct it.");
        }
        boolean afterExport = claim.status() == ClaimStatus.EXPORTED || claim.reexport();
        if (!claims.replaceCodes(sessionId, request.version(), procedures, diagnoses, afterExport)) {
            throw new ConflictException("This claim was changed by someone else after you opened it. "
                    + "Open it again to see the change, then correct it.");
        }
        claims.recordCorrection(sessionId, new Correction(clock.instant(), actor.username(), reason,
                summary(claim.procedureCodes(), claim.diagnoses()),
                summary(procedures.stream().map(ProcedureLine::code).toList(), diagnoses),
                claim.status() == ClaimStatus.EXPORTED));
        audit.record(actor, claim.patientId(), AuditAction.UPDATE, "billing claim " + sessionId + " corrected"
                + (afterExport ? " after export" : ""));
        return claims.find(sessionId, table).orElseThrow();
    }

    private List<ProcedureLine> procedures(List<String> codes, Claim claim, Map<String, String> errors) {
        var lines = new ArrayList<ProcedureLine>();
        var techniques = new ArrayList<Technique>();
        for (String code : codes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList()) {
            var known = table.procedure(code);
            if (known.isEmpty()) {
                errors.put("procedures", "billing.correct.procedures.unknown");
                return List.of();
            }
            if (techniques.contains(known.get().technique())) {
                errors.put("procedures", "billing.correct.procedures.twice");
                return List.of();
            }
            techniques.add(known.get().technique());
            var sites = claim.procedures().stream().filter(p -> table.procedure(p.code())
                    .map(k -> k.technique() == known.get().technique()).orElse(false))
                    .flatMap(p -> p.sites().stream()).toList();
            lines.add(new ProcedureLine(code, known.get().description(), sites));
        }
        if (lines.isEmpty() && !errors.containsKey("procedures")) {
            errors.put("procedures", "billing.correct.procedures.required");
        }
        return lines;
    }

    private static String summary(List<String> procedures, List<String> diagnoses) {
        return String.join(" ", procedures) + " / " + String.join(" ", diagnoses);
    }

    /** Marks a ready claim exported; one waiting for review, or already exported, is a conflict. */
    @Transactional
    public void markExported(CurrentUser actor, UUID sessionId, int version) {
        access.require(actor, null, AuditAction.UPDATE, "billing claim " + sessionId + " exported");
        var claim = claims.find(sessionId, table).orElseThrow(() -> new NotFoundException("The claim"));
        if (claim.status() == ClaimStatus.REVIEW) {
            throw new ConflictException("This claim waits for review. Correct it (or confirm its codes with a "
                    + "reason) before marking it exported.");
        }
        if (claim.status() == ClaimStatus.EXPORTED) {
            throw new ConflictException("This claim is already marked exported. To send it again, correct it "
                    + "with a reason; it is then flagged for re-export.");
        }
        if (!claims.markExported(sessionId, version, clock.instant(), actor.username())) {
            throw new ConflictException("This claim was changed by someone else after you opened it. "
                    + "Open it again, then mark it exported.");
        }
        audit.record(actor, claim.patientId(), AuditAction.UPDATE, "billing claim " + sessionId + " exported");
    }
}
