package org.tpiclinic.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.procedures.InjectionSessionSigned.AgentGiven;
import org.tpiclinic.procedures.InjectionSessionSigned.TreatedSite;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;
import org.tpiclinic.shared.PatientId;

/**
 * Signed sessions for the billing tests, written the way a clinician documents them: {@code "UPPER_TRAPEZIUS_L"}
 * injected, {@code "~INFRASPINATUS_R"} dry-needled (a tilde), each treated point once per entry.
 */
final class Sessions {

    private Sessions() {
    }

    static InjectionSessionSigned signed(UUID patient, LocalDate on, List<String> diagnoses, String... points) {
        var sites = new ArrayList<TreatedSite>();
        boolean injected = false;
        for (String point : points) {
            boolean dry = point.startsWith("~");
            String code = dry ? point.substring(1) : point;
            Side side = code.endsWith("_L") ? Side.LEFT : Side.RIGHT;
            sites.add(new TreatedSite(new BodySite(code.substring(0, code.length() - 2), side),
                    dry ? Technique.DRY_NEEDLING : Technique.INJECTION));
            injected |= !dry;
        }
        var agents = injected ? List.of(new AgentGiven("LIDOCAINE_1", "Lidocaine 1 % plain", Millilitres.of("4"),
                Milligrams.of("40"), false)) : List.<AgentGiven>of();
        return new InjectionSessionSigned(SessionId.of(UUID.randomUUID()), PatientId.of(patient),
                ClinicianId.of(UUID.randomUUID()), null, null, on, Instant.parse("2026-12-01T15:00:00Z"), sites,
                agents, diagnoses, 7, 3);
    }

    static InjectionSessionSigned signed(List<String> diagnoses, String... points) {
        return signed(UUID.randomUUID(), LocalDate.of(2026, 12, 1), diagnoses, points);
    }
}
