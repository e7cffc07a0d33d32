package org.tpiclinic.screening;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.Patient;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.consent.ConsentPdf;
import org.tpiclinic.screening.consent.ConsentSettings;
import org.tpiclinic.screening.consent.ConsentTemplate;
import org.tpiclinic.screening.consent.ConsentTemplates;
import org.tpiclinic.screening.consent.PlanWords;
import org.tpiclinic.screening.consent.Signature;
import org.tpiclinic.screening.consent.SignedConsent;
import org.tpiclinic.screening.consent.SignedConsents;
import org.tpiclinic.screening.review.ReviewedPlans;
import org.tpiclinic.screening.review.ScreeningReview;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * Informed consent, the module's API. A patient consents to the plan a clinician reviewed, in plain words, and cannot
 * change it: no consent before a valid review, none for a plan with a hard stop. A patient reads and signs only their
 * own consent, alone in the portal (no witness) or on a clinic tablet a clinician hands over; no other staff account
 * records a consent. Procedures asks {@link #hasValidConsent} before a needle goes in: a signed, unwithdrawn,
 * unexpired consent that covers the plan, site by site and side by side. Every read and change is audited; consents
 * are withdrawn, never deleted.
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
    @Component
    static class Deps {
        final PatientRegistry registry;
        final AuditLog audit;
        final Clock clock;
        final ConsentSettings settings;
        final ReviewedPlans reviewed;
        final PlanWords words;

        Deps(PatientRegistry registry, AuditLog audit, Clock clock, ConsentSettings settings, ReviewedPlans reviewed,
                PlanWords words) {
            this.registry = registry;
            this.audit = audit;
            this.clock = clock;
            this.settings = settings;
            this.reviewed = reviewed;
            this.words = words;
        }
    }

    Consents(SignedConsents consents, ConsentTemplates templates, ConsentPdf pdf, Deps deps) {
        this.consents = consents;
        this.templates = templates;
        this.pdf = pdf;
        this.deps = deps;
    }

    /**
     * What the consent page shows: the patient, the current text, the consents signed so far, and the latest
     * screening review with its standing; only a {@code VALID} review's plan may be signed for.
     */
    public record View(Patient patient, ConsentTemplate template, List<SignedConsent> signed,
            ReviewedPlans.Current review) {

        /** The plan to sign for, when the latest review allows it. */
        public Optional<PlannedTreatment> plan() {
            return review.valid() ? review.review().map(ScreeningReview::plan) : Optional.empty();
        }
    }

    public View open(CurrentUser actor, UUID patientId) {
        var patient = patient(actor, patientId, AuditAction.READ);
        deps.audit.record(actor, patientId, AuditAction.READ, "consent");
        return new View(patient, templates.latest(), consents.ofPatient(patientId),
                deps.reviewed.current(actor, patientId));
    }

    /**
     * Signs the current consent text for the plan of the clinician's review {@code reviewId}, which must be the
     * patient's latest review and still valid (a 409 says to read the plan again when it is not). Only the patient
     * themself or a clinician presenting it may sign; a witness is recorded only when a clinician presents it.
     * Refused (409) when the same consent is already signed and still valid; a bad name or signature is a {@link
     * FieldRefused} naming the field, and nothing is stored.
     */
    public SignedConsent sign(CurrentUser actor, UUID patientId, UUID reviewId, SignatureForm form,
            String clientAddress) {
        boolean inClinic = actor.role() == Role.CLINICIAN;
        if (!mayRecord(actor, patientId)) {
            deny(actor, patientId, AuditAction.CREATE);
        }
        var patient = patient(actor, patientId, AuditAction.CREATE);
        var review = reviewToSign(actor, patientId, reviewId);
        var plan = review.plan();
        var signature = Signature.of(form.typedName(), form.signatureDataUrl(), form.typedOnly(),
                inClinic ? form.witnessName() : null, deps.settings.signatureLimits(),
                patient.givenName() + " " + patient.familyName(),
                patient.preferredName() == null ? null : patient.preferredName() + " " + patient.familyName());
        var template = templates.latest();
        var now = deps.clock.instant();
        refuseSecondSignature(patientId, template, plan, now);
        var validUntil = now.atZone(ZoneOffset.UTC).plus(deps.settings.validFor()).toInstant();
        var draft = new SignedConsent(UUID.randomUUID(), patientId, template.version(), plan.code(),
                signature.typedName(), signature.drawn(), signature.witnessName(), now, actor.username(),
                clientAddress == null ? "unknown" : clientAddress, validUntil, null, null, null, null, review.id(),
                inClinic ? actor.displayName() : review.reviewedByName(), inClinic);
        byte[] document = pdf.render(new ConsentPdf.Content(patient, deps.words.describe(plan, Locale.ENGLISH),
                template, draft, signature.png(), review.reviewedByName(), review.reviewedAt()));
        var signed = draft.withPdfSha256(sha256(document));
        consents.insert(signed, document);
        deps.audit.record(actor, patientId, AuditAction.CREATE, "consent " + signed.id() + " v"
                + template.version() + " review " + review.id() + " " + plan.code());
        return signed;
    }

    private void refuseSecondSignature(UUID patientId, ConsentTemplate template, PlannedTreatment plan,
            Instant now) {
        boolean again = consents.ofPatient(patientId).stream().anyMatch(c -> c.validAt(now)
                && c.templateVersion() == template.version() && c.plan().equals(plan));
        if (again) {
            throw new ConflictException("This consent is already signed and still valid.");
        }
    }

    private ScreeningReview reviewToSign(CurrentUser actor, UUID patientId, UUID reviewId) {
        var current = deps.reviewed.current(actor, patientId);
        if (!current.valid()) {
            throw new FieldRefused("plan", "consent.plan." + current.standing(),
                    "There is no plan a clinician has reviewed and cleared to consent to");
        }
        var review = current.review().orElseThrow();
        if (!review.id().equals(reviewId)) {
            throw new ConflictException("The reviewed plan has changed since this page was opened. "
                    + "Open the consent page again and read the new plan before signing.");
        }
        return review;
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
            throw new FieldRefused("reason", "consent.withdraw.reason", "Give a reason for withdrawing");
        }
        if (reason.strip().length() > WITHDRAWAL_REASON_MAX) {
            throw new FieldRefused("reason", "consent.withdraw.reasonTooLong",
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

    /** Which consent a procedure note refers to: its id, the text version and when it was signed. */
    public record ConsentReference(UUID consentId, int templateVersion, java.time.Instant signedAt, String planCode) {
    }

    /** The patient's newest signed, unwithdrawn, unexpired consent, if any; audited. */
    public Optional<ConsentReference> latestValidConsent(CurrentUser actor, UUID patientId) {
        if (!actor.maySee(patientId)) {
            deny(actor, patientId, AuditAction.READ);
        }
        var now = deps.clock.instant();
        var latest = consents.ofPatient(patientId).stream().filter(c -> c.validAt(now))
                .max(java.util.Comparator.comparing(SignedConsent::signedAt))
                .map(c -> new ConsentReference(c.id(), c.templateVersion(), c.signedAt(), c.planCode()));
        deps.audit.record(actor, patientId, AuditAction.READ, "latest valid consent");
        return latest;
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
