package org.tpiclinic.procedures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;
import org.tpiclinic.shared.PatientId;

/**
 * A clinician signed an injection or dry-needling session; its note is now locked. Carries the immutable facts
 * that coding, aftercare and outcomes need, never the session itself. Listeners must be idempotent on
 * {@link #sessionId()}: delivery is at least once.
 *
 * @param appointmentId the appointment it was opened from; null for an ad hoc session
 * @param locationId    where it took place; null when not known (an ad hoc session without a location)
 * @param performedOn   the local date of the session at its location
 * @param sites         each treated point in the order documented (the same muscle may appear more than once)
 * @param agents        the total of each agent given, in formulary order; empty for dry needling only
 * @param diagnoses     ICD-10-CM codes, primary first
 * @param painBefore    the pre-procedure pain score, 0–10
 * @param painAfter     the post-procedure pain score, 0–10
 */
public record InjectionSessionSigned(SessionId sessionId, PatientId patientId, ClinicianId clinicianId,
        @Nullable AppointmentId appointmentId, @Nullable LocationId locationId, LocalDate performedOn,
        Instant signedAt, List<TreatedSite> sites, List<AgentGiven> agents, List<String> diagnoses, int painBefore,
        int painAfter) {

    public InjectionSessionSigned {
        sites = List.copyOf(sites);
        agents = List.copyOf(agents);
        diagnoses = List.copyOf(diagnoses);
    }

    /** One treated point: the muscle and side from the atlas, and how it was treated. */
    public record TreatedSite(BodySite site, Technique technique) {
    }

    /**
     * The total of one agent in this session.
     *
     * @param agentCode the formulary code ({@code LIDOCAINE_1})
     * @param steroid   whether it is a corticosteroid (steroid-interval policies and claims need it)
     */
    public record AgentGiven(String agentCode, String name, Millilitres volume, Milligrams amount,
            boolean steroid) {
    }
}
