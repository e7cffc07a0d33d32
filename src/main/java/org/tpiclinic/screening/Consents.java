package org.tpiclinic.screening;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.Patient;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.consent.ConsentPdf;
import org.tpiclinic.screening.consent.ConsentRefused;
import org.tpiclinic.screening.consent.ConsentSettings;
import org.tpiclinic.screening.consent.ConsentTemplate;
import org.tpiclinic.screening.consent.ConsentTemplates;
import org.tpiclinic.screening.consent.Signature;
import org.tpiclinic.screening.consent.SignedConsent;
import org.tpiclinic.screening.consent.SignedConsents;
import org.tpiclinic.screening.review.ScreeningReviews;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * Informed consent, the module's API. A patient reads and signs only their own consent; staff present it on a
 * clinic tablet. Procedures asks {@link #hasValidConsent} before a needle goes in: a signed, unwithdrawn,
 * unexpired consent that covers the plan. Every read and change is audited; consents are withdrawn, never deleted.
 */
@Service
@Transactional
public class Consents {

    /** The longest withdrawal reason kept (its column's size). */
    public static final int WITHDRAWAL_REASON_MAX = 500;

    private final SignedConsents consents;
    private final ConsentTemplates templates;
    private final ConsentPdf pdf;
    private final Deps deps;

    /** The collaborators that are not consent internals, grouped to keep the constructor small. */
    @org.springframework.stereotype.Component
    static class Deps {
        final PatientRegistry registry;
        final AuditLog audit;
        final Clock clock;
        final ConsentSettings settings;
        final ScreeningReviews reviews;

        Deps(PatientRegistry registry, AuditLog audit, Clock clock, ConsentSettings settings,
                ScreeningReviews reviews) {
            this.reviews = reviews;
            this.registry = registry;
            this.audit = audit;
            this.clock = clock;
            this.settings = settings;
        }
    }

    Consents(SignedConsents consents, ConsentTemplates templates, ConsentPdf pdf, Deps deps) {
        this.consents = consents;
        this.templates = templates;
        this.pdf = pdf;
        this.deps = deps;
    }

    /**
     * What the consent page shows: the patient, the current text, the consents signed so far, and the plan of the
     * latest screening review (the plan a patient most likely came to sign for), if any.
     */
    public record View(Patient patient, ConsentTemplate template, List<SignedConsent> signed,
            Optional<PlannedTreatment> reviewedPlan) {
    }

    public View open(CurrentUser actor, UUID patientId) {
        var patient = patient(actor, patientId, AuditAction.READ);
        deps.audit.record(actor, patientId, AuditAction.READ, "consent");
        return new View(patient, templates.latest(), consents.ofPatient(patientId),
                deps.reviews.findFirstByPatientIdOrderByReviewedAtDesc(patientId).map(r -> r.plan()));
    }

    /**
     * Signs the current consent text for a plan. Refused (409) when the same consent is already signed and still
     * valid; a bad name or signature is a {@link ConsentRefused} naming the field, and nothing is stored.
     */
    public SignedConsent sign(CurrentUser actor, UUID patientId, PlannedTreatment plan, SignatureForm form,
            String clientAddress) {
        if (!mayRecord(actor, patientId)) {
            deny(actor, patientId, AuditAction.CREATE);
        }
        var patient = patient(actor, patientId, AuditAction.CREATE);
        var signature = Signature.of(form.typedName(), form.signatureDataUrl(), form.typedOnly(), form.witnessName(),
                patient.givenName() + " " + patient.familyName(),
                patient.preferredName() == null ? null : patient.preferredName() + " " + patient.familyName());
        var template = templates.latest();
        var now = deps.clock.instant();
        boolean again = consents.ofPatient(patientId).stream().anyMatch(c -> c.validAt(now)
                && c.templateVersion() == template.version() && c.planCode().equals(plan.code()));
        if (again) {
            throw new ConflictException("This consent is already signed and still valid.");
        }
        var validUntil = now.atZone(ZoneOffset.UTC).plus(deps.settings.validFor()).toInstant();
        var draft = new SignedConsent(UUID.randomUUID(), patientId, template.version(), plan.code(),
                signature.typedName(), signature.drawn(), signature.witnessName(), now, actor.username(),
                clientAddress == null ? "unknown" : clientAddress, validUntil, null, null, null, null);
        byte[] document = pdf.render(patient.displayName(), template, draft, signature.png());
        var signed = new SignedConsent(draft.id(), patientId, draft.templateVersion(), draft.planCode(),
                draft.typedName(), draft.drawn(), draft.witnessName(), now, draft.signedBy(), draft.clientAddress(),
                validUntil, sha256(document), null, null, null);
        consents.insert(signed, document);
        deps.audit.record(actor, patientId, AuditAction.CREATE, "consent " + signed.id() + " v"
                + template.version() + " " + plan.code());
        return signed;
    }

    /**
     * Who may record a signed consent: the patient for their own record (in the portal or on the clinic tablet
     * a clinician hands over), or a clinician. Front desk, billing and admin reach the chart but never record
     * consent on a patient's behalf.
     */
    public static boolean mayRecord(CurrentUser actor, UUID patientId) {
        return actor.role() == Role.CLINICIAN || (actor.role() == Role.PATIENT && patientId.equals(actor.patientId()));
    }

    /** The typed form values of a signature. */
    public record SignatureForm(String typedName, String signatureDataUrl, boolean typedOnly, String witnessName) {
    }

    /** The stored PDF of a signed consent; audited as a print. */
    public byte[] pdf(CurrentUser actor, UUID patientId, UUID consentId) {
        patient(actor, patientId, AuditAction.PRINT);
        var bytes = consents.pdf(patientId, consentId).orElseThrow(() -> new NotFoundException("The consent"));
        deps.audit.record(actor, patientId, AuditAction.PRINT, "consent " + consentId + " pdf");
        return bytes;
    }

    /** Withdraws a consent (the patient, or staff who edit records); it then covers nothing. */
    public void withdraw(CurrentUser actor, UUID patientId, UUID consentId, String reason) {
        patient(actor, patientId, AuditAction.VOID);
        if (actor.isStaff() && !actor.mayEditRecords()) {
            deny(actor, patientId, AuditAction.VOID);
        }
        if (reason == null || reason.isBlank()) {
            throw new ConsentRefused("reason", "consent.withdraw.reason", "Give a reason for withdrawing");
        }
        if (reason.strip().length() > WITHDRAWAL_REASON_MAX) {
            throw new ConsentRefused("reason", "consent.withdraw.reasonTooLong",
                    "Use at most " + WITHDRAWAL_REASON_MAX + " characters");
        }
        consents.find(patientId, consentId).orElseThrow(() -> new NotFoundException("The consent"));
        if (!consents.withdraw(patientId, consentId, deps.clock.instant(), actor.username(), reason.strip())) {
            throw new ConflictException("This consent was already withdrawn.");
        }
        // The reason is the patient's own words: kept with the consent, not copied into the audit log.
        deps.audit.record(actor, patientId, AuditAction.VOID, "consent " + consentId + " withdrawn");
    }

    /**
     * Whether a signed, unwithdrawn, unexpired consent covers this plan: the same agent, a steroid only if
     * consented to, and every planned site near the thorax among the consented sites.
     */
    public boolean hasValidConsent(CurrentUser actor, UUID patientId, PlannedTreatment plan) {
        if (!actor.maySee(patientId)) {
            deny(actor, patientId, AuditAction.READ);
        }
        var now = deps.clock.instant();
        boolean valid = consents.ofPatient(patientId).stream().anyMatch(c -> c.validAt(now) && c.covers(plan));
        deps.audit.record(actor, patientId, AuditAction.READ, "consent validity " + plan.code() + ": " + valid);
        return valid;
    }

    private Patient patient(CurrentUser actor, UUID patientId, AuditAction action) {
        if (!actor.maySee(patientId)) {
            deny(actor, patientId, action);
        }
        return deps.registry.chart(actor, patientId).patient();
    }

    private void deny(CurrentUser actor, UUID patientId, AuditAction action) {
        deps.audit.recordDenied(actor, patientId, action, "consent");
        throw new ForbiddenException("You may not see or sign another patient's consent");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
