package org.tpiclinic.procedures;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.PatientId;

/**
 * Signing and correcting sessions, the module's API. Signing asks screening, consent, the patient's weight and the
 * dose check again, inside the transaction, and refuses with every reason while anything is missing or unsafe;
 * the signed event is stored in the same transaction (event publication registry). A signed note never changes;
 * addenda are appended with reason, author and time. Clinicians only; every attempt is audited.
 */
@Service
@Transactional
public class SessionSigning {

    private final InjectionSessions sessions;
    private final SessionAccess access;
    private final SafetyCheck safety;
    private final Clock clock;

    SessionSigning(InjectionSessions sessions, SessionAccess access, SafetyCheck safety, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.safety = safety;
        this.clock = clock;
    }

    /**
     * Signs the session as the clinician saw it ({@code expectedVersion}); 409 when already signed or changed
     * since, {@link SigningRefused} with the reasons when it may not be signed.
     */
    public InjectionSession sign(CurrentUser actor, PatientId patient, SessionId id, long expectedVersion) {
        access.requireClinician(actor, patient, SessionAccess.target(id.value(), "sign"));
        var session = access.find(patient, id);
        if (!session.signed() && session.version() != expectedVersion) {
            throw new org.tpiclinic.shared.ConflictException("The session changed since you opened it: reload it, "
                    + "check what changed, and sign again.");
        }
        session.check(safety.facts(actor, session, clock));
        session.sign(new InjectionSession.Signer(actor.username(), actor.displayName()), clock);
        Procedures.saveRacing(sessions, session);
        access.record(actor, patient, AuditAction.UPDATE, SessionAccess.target(id.value(), "signed"));
        return session;
    }

    /** Appends an addendum to a signed note; the note itself stays as signed. */
    public InjectionSession addAddendum(CurrentUser actor, PatientId patient, SessionId id, long expectedVersion,
            String reason, String body) {
        access.requireClinician(actor, patient, SessionAccess.target(id.value(), "addendum"));
        var session = access.find(patient, id);
        session.addAddendum(expectedVersion, reason, body, new InjectionSession.Signer(actor.username(),
                actor.displayName()), clock.instant());
        Procedures.saveRacing(sessions, session);
        access.record(actor, patient, AuditAction.CREATE, SessionAccess.target(id.value(), "addendum "
                + session.addenda().size()));
        return session;
    }

    /** The session for its printed note; audited as a print. Staff only. */
    public InjectionSession forPrint(CurrentUser actor, PatientId patient, SessionId id) {
        access.requireReader(actor, patient, AuditAction.PRINT);
        var session = access.find(patient, id);
        access.record(actor, patient, AuditAction.PRINT, SessionAccess.target(id.value(), "note pdf"));
        return session;
    }
}
