package org.tpiclinic.procedures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.shared.Millilitres;
import org.tpiclinic.shared.PatientId;

/**
 * One injection or dry-needling session, documented at the chair. A draft takes every change ({@link #revise});
 * no site is added before the patient is ready (an eligible screening, a consent, a current weight, the time-out
 * and the pain score before). {@link #sign} refuses with every reason while anything is missing or unsafe, and
 * refuses a second signature; once signed the note never changes and takes only {@link #addAddendum addenda}.
 * Signing registers {@link InjectionSessionSigned}, published when the session is saved, in the same transaction.
 */
@Table("injection_sessions")
public class InjectionSession extends AbstractAggregateRoot<InjectionSession> {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID patientId;
    private final UUID clinicianId;
    private final String clinicianName;
    private final UUID appointmentId;
    private final UUID locationId;
    private final LocalDate performedOn;
    private final Instant openedAt;
    private final String openedBy;
    private SessionStatus status;
    private Instant timeOutAt;
    private String timeOutBy;
    private Integer painBefore;
    private Integer painAfter;
    private String rangeOfMotion;
    private Tolerance tolerance;
    private String indication;
    private String diagnoses;
    @MappedCollection(idColumn = "session_id", keyColumn = "position")
    private List<MixturePart> mixture = new ArrayList<>();
    @MappedCollection(idColumn = "session_id", keyColumn = "position")
    private List<SessionSite> sites = new ArrayList<>();
    @MappedCollection(idColumn = "session_id", keyColumn = "position")
    private List<Complication> complications = new ArrayList<>();
    @MappedCollection(idColumn = "session_id", keyColumn = "position")
    private List<Addendum> addenda = new ArrayList<>();
    @MappedCollection(idColumn = "session_id", keyColumn = "position")
    private List<PolicyOverride> overrides = new ArrayList<>();
    private Integer formularyVersion;
    private BigDecimal weightKg;
    private LocalDate weightMeasuredOn;
    private UUID screeningReviewId;
    private UUID consentId;
    private String doseSummary;
    private Instant signedAt;
    private String signedBy;
    private String signedByName;
    @Transient
    private SafetyFacts checked;

    @PersistenceCreator
    InjectionSession(UUID id, Long version, UUID patientId, UUID clinicianId, String clinicianName,
            UUID appointmentId, UUID locationId, LocalDate performedOn, Instant openedAt, String openedBy) {
        this.id = id;
        this.version = version;
        this.patientId = patientId;
        this.clinicianId = clinicianId;
        this.clinicianName = clinicianName;
        this.appointmentId = appointmentId;
        this.locationId = locationId;
        this.performedOn = performedOn;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** A new draft for a patient and clinician, from an appointment or ad hoc (appointment null). */
    public static InjectionSession open(PatientId patient, ClinicianId clinician, String clinicianName,
            @Nullable AppointmentId appointment, @Nullable LocationId location, LocalDate performedOn,
            String openedBy, Instant now) {
        var session = new InjectionSession(UUID.randomUUID(), null, patient.value(), clinician.value(), clinicianName,
                appointment == null ? null : appointment.value(), location == null ? null : location.value(),
                performedOn, now, openedBy);
        session.status = SessionStatus.DRAFT;
        return session;
    }

    /**
     * Replaces the draft with what the clinician sees now. Refused (409) when signed or when {@code
     * expectedVersion} is not the stored version (someone else saved in between); refused (400, by field) when
     * the draft is implausible or adds the first site before the patient is {@linkplain SafetyFacts#readyForSites
     * ready}. Nothing changes when refused.
     */
    public void revise(long expectedVersion, Draft draft, SafetyFacts facts, String by, Instant now) {
        requireDraft();
        requireVersion(expectedVersion);
        var problems = InputLimits.problems(draft);
        if (!problems.isEmpty()) {
            throw new SessionRefused(problems);
        }
        if (!draft.sites().isEmpty() && sites.isEmpty()) {
            var notReady = new ArrayList<>(facts.notReadyReasons());
            if (!draft.timeOutConfirmed()) {
                notReady.add("Confirm the time-out first: right patient, right sites and sides.");
            }
            if (draft.painBefore() == null) {
                notReady.add("Record the pain score before the procedure first.");
            }
            if (!notReady.isEmpty()) {
                throw new SessionRefused("sites", String.join(" ", notReady));
            }
        }
        if (draft.timeOutConfirmed() && timeOutAt == null) {
            timeOutAt = now;
            timeOutBy = by;
        } else if (!draft.timeOutConfirmed()) {
            timeOutAt = null;
            timeOutBy = null;
        }
        painBefore = draft.painBefore();
        painAfter = draft.painAfter();
        indication = blankToNull(draft.indication());
        rangeOfMotion = blankToNull(draft.rangeOfMotion());
        tolerance = draft.tolerance();
        mixture = new ArrayList<>(draft.mixture());
        sites = new ArrayList<>(draft.sites());
        complications = new ArrayList<>(draft.complications());
        diagnoses = draft.diagnoses().isEmpty() ? null : String.join(",", draft.diagnoses());
        overrides = new ArrayList<>(draft.overrides().stream().filter(o -> o.reason() != null && !o.reason().isBlank())
                .map(o -> new PolicyOverride(o.code(), o.reason().strip())).toList());
    }

    /** Takes the facts the other modules give now; {@link #sign} judges them. */
    public void check(SafetyFacts facts) {
        this.checked = facts;
    }

    /** What still stands in the way of signing, in words a clinician can act on; empty when it may be signed. */
    public List<String> signingProblems() {
        if (checked == null) {
            throw new IllegalStateException("Check the session's safety facts before signing");
        }
        return SigningRules.problems(this, checked);
    }

    /**
     * Signs and locks the note. Refused (409) when already signed or not the stored version; refused with every
     * reason ({@link SigningRefused}) while anything is missing or unsafe.
     */
    public void sign(Signer clinician, Clock clock) {
        requireDraft();
        var problems = signingProblems();
        if (!problems.isEmpty()) {
            throw new SigningRefused(problems);
        }
        status = SessionStatus.SIGNED;
        signedAt = clock.instant();
        signedBy = clinician.username();
        signedByName = clinician.displayName();
        formularyVersion = checked.formularyVersion();
        weightKg = checked.weightKg();
        weightMeasuredOn = checked.weightMeasuredOn();
        screeningReviewId = checked.screeningReviewId();
        consentId = checked.consentId();
        doseSummary = DoseSummary.of(checked.dose());
        registerEvent(new InjectionSessionSigned(sessionId(), patientId(), clinicianId(), appointmentId(),
                locationId(), performedOn, signedAt,
                sites.stream().map(s -> new InjectionSessionSigned.TreatedSite(bodySite(s.siteCode()), s.technique()))
                        .toList(),
                checked.agents(), diagnoses(), painBefore, painAfter));
    }

    /** A correction or addition to the signed note, in the order written; the note itself stays as signed. */
    public void addAddendum(long expectedVersion, String reason, String body, Signer author, Instant now) {
        if (status != SessionStatus.SIGNED) {
            throw new ConflictException("Addenda are for signed notes: change the draft itself instead.");
        }
        requireVersion(expectedVersion);
        var problems = new java.util.LinkedHashMap<String, String>();
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Give the reason for the addendum.");
        } else if (reason.strip().length() > 200) {
            problems.put("reason", "Use at most 200 characters for the reason.");
        }
        if (body == null || body.isBlank()) {
            problems.put("body", "Write the addendum.");
        } else if (body.strip().length() > 4000) {
            problems.put("body", "Use at most 4000 characters.");
        }
        if (!problems.isEmpty()) {
            throw new SessionRefused(problems);
        }
        addenda.add(new Addendum(reason.strip(), body.strip(), author.username(), author.displayName(), now));
    }

    /** The volume of each injection site, in site order (zero for dry needling or an empty volume). */
    public List<Millilitres> siteVolumes() {
        return sites.stream().map(s -> s.technique() == Technique.INJECTION && s.volumeMl() != null
                ? new Millilitres(s.volumeMl()) : Millilitres.ZERO).toList();
    }

    /** The agent amounts per site, for the dose check. */
    public List<DoseCheck.AgentVolume> agentVolumes() {
        return mixture().split(siteVolumes()).stream().flatMap(List::stream).toList();
    }

    /** The events registered and not yet published (published when the session is saved). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    static BodySite bodySite(String code) {
        for (Side side : Side.values()) {
            if (code.endsWith("_" + side.suffix())) {
                return new BodySite(code.substring(0, code.length() - 2), side);
            }
        }
        throw new IllegalArgumentException("Not a body-site code: " + code);
    }

    private void requireDraft() {
        if (status == SessionStatus.SIGNED) {
            throw new ConflictException("This session is signed and locked. Add an addendum to correct it.");
        }
    }

    private void requireVersion(long expected) {
        if (version() != expected) {
            throw new ConflictException("Someone else saved this session since you opened it. Your last change "
                    + "was not saved and is still on your screen: reload the session to see theirs, then make "
                    + "your change again.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Who signs or writes an addendum: the username kept for audit and the name shown on the note. */
    public record Signer(String username, String displayName) {
    }

    public SessionId sessionId() { return SessionId.of(id); }
    public UUID id() { return id; }
    public long version() { return version == null ? 0 : version; }
    public PatientId patientId() { return PatientId.of(patientId); }
    public ClinicianId clinicianId() { return ClinicianId.of(clinicianId); }
    public String clinicianName() { return clinicianName; }
    public @Nullable AppointmentId appointmentId() { return appointmentId == null ? null : AppointmentId.of(appointmentId); }
    public @Nullable LocationId locationId() { return locationId == null ? null : LocationId.of(locationId); }
    public LocalDate performedOn() { return performedOn; }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public SessionStatus status() { return status; }
    public boolean signed() { return status == SessionStatus.SIGNED; }
    public boolean timeOutConfirmed() { return timeOutAt != null; }
    public Optional<Instant> timeOutAt() { return Optional.ofNullable(timeOutAt); }
    public String timeOutBy() { return timeOutBy; }
    public Integer painBefore() { return painBefore; }
    public Integer painAfter() { return painAfter; }
    public String rangeOfMotion() { return rangeOfMotion; }
    public Tolerance tolerance() { return tolerance; }
    public String indication() { return indication; }
    public List<String> diagnoses() { return diagnoses == null ? List.of() : List.of(diagnoses.split(",")); }
    public Mixture mixture() { return new Mixture(mixture); }
    public List<SessionSite> sites() { return List.copyOf(sites); }
    public List<Complication> complications() { return List.copyOf(complications); }
    public List<Addendum> addenda() { return List.copyOf(addenda); }
    public List<PolicyOverride> overrides() { return List.copyOf(overrides); }

    /** The reason the clinician gave for overriding the clinic-policy warning {@code code}, if any. */
    public Optional<String> overrideReason(String code) {
        return overrides.stream().filter(o -> o.code().equals(code)).map(PolicyOverride::reason).findFirst();
    }
    public Integer formularyVersion() { return formularyVersion; }
    public BigDecimal weightKg() { return weightKg; }
    public LocalDate weightMeasuredOn() { return weightMeasuredOn; }
    public UUID screeningReviewId() { return screeningReviewId; }
    public UUID consentId() { return consentId; }
    public String doseSummary() { return doseSummary; }
    public List<String> doseSummaryLines() { return doseSummary == null ? List.of() : List.of(doseSummary.split("\n")); }
    public Instant signedAt() { return signedAt; }
    public String signedBy() { return signedBy; }
    public String signedByName() { return signedByName; }
}
