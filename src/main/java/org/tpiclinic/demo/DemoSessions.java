package org.tpiclinic.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.procedures.Complication;
import org.tpiclinic.procedures.ComplicationKind;
import org.tpiclinic.procedures.Draft;
import org.tpiclinic.procedures.MixturePart;
import org.tpiclinic.procedures.Procedures;
import org.tpiclinic.procedures.SessionSigning;
import org.tpiclinic.procedures.SessionSite;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.procedures.Tolerance;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.DemoClearance;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.shared.PatientId;

/**
 * A few real injection sessions of the last two weeks, documented and signed through the procedures module as a
 * clinician would (screening and consent first, then time-out, sites, scores, signature), so that billing, aftercare
 * and outcomes fill themselves from the signed events like in a real practice. Neck and shoulder sessions alternate
 * with low-back ones; all use lidocaine 1 % plain.
 */
@Component
class DemoSessions {

    /**
     * Which demo patients (by their place in the generated list) may get a session, in this order: the first portal
     * patient, then others (not the second and third portal patients, who are shown before any treatment).
     */
    static final List<Integer> PATIENTS = List.of(0, 3, 5, 6, 7, 8, 9, 10);

    private record Course(PlannedTreatment plan, List<String> sites, String indication, List<String> diagnoses) {
    }

    private static final Course NECK = new Course(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            new BodySite("UPPER_TRAPEZIUS", Side.LEFT), new BodySite("UPPER_TRAPEZIUS", Side.RIGHT),
            new BodySite("LEVATOR_SCAPULAE", Side.LEFT)),
            List.of("UPPER_TRAPEZIUS_L", "UPPER_TRAPEZIUS_R", "LEVATOR_SCAPULAE_L"),
            "Taut bands with tender nodules in both upper trapezii and the left levator scapulae, pressure "
                    + "reproducing the usual headache at the temple; eight weeks of physiotherapy with little change.",
            List.of("M79.12", "G44.229"));
    private static final Course LOW_BACK = new Course(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            new BodySite("QUADRATUS_LUMBORUM", Side.LEFT), new BodySite("QUADRATUS_LUMBORUM", Side.RIGHT),
            new BodySite("GLUTEUS_MEDIUS", Side.LEFT)),
            List.of("QUADRATUS_LUMBORUM_L", "QUADRATUS_LUMBORUM_R", "GLUTEUS_MEDIUS_L"),
            "Deep low-back ache to the sacroiliac joints; trigger points in both quadratus lumborum and the left "
                    + "gluteus medius reproduce it; stretching and physiotherapy for eight weeks helped only a little.",
            List.of("M79.18", "M54.50"));

    private final DemoClearance clearance;
    private final Procedures procedures;
    private final SessionSigning signing;

    DemoSessions(DemoClearance clearance, Procedures procedures, SessionSigning signing) {
        this.clearance = clearance;
        this.procedures = procedures;
        this.signing = signing;
    }

    /**
     * Screens, consents and treats each patient once, on a day of the last two weeks; a patient whose record brings a
     * screening hard stop is skipped.
     *
     * @param patients the patients with their names as they type them to consent
     * @return the patients who got a signed session
     */
    List<UUID> load(CurrentUser frontDesk, CurrentUser clinician, Map<UUID, String> patients, LocalDate today) {
        var treated = new ArrayList<UUID>();
        int n = 0;
        for (var entry : patients.entrySet()) {
            var course = n % 3 == 2 ? LOW_BACK : NECK;
            var patient = entry.getKey();
            if (clearance.clear(frontDesk, clinician, patient, entry.getValue(), course.plan()).isEmpty()) {
                continue;
            }
            var performedOn = today.minusDays(Math.min(Procedures.LATE_ENTRY_DAYS, 1 + (n * 3L) % 13));
            var session = procedures.openLateEntry(clinician, PatientId.of(patient), performedOn);
            session = procedures.revise(clinician, session.patientId(), session.sessionId(), session.version(),
                    draft(course, n));
            signing.sign(clinician, session.patientId(), session.sessionId(), session.version());
            treated.add(patient);
            n++;
        }
        return treated;
    }

    private static Draft draft(Course course, int n) {
        int before = 6 + n % 3;
        var sites = course.sites().stream().map(code -> new SessionSite(code, Technique.INJECTION, 25, 38,
                (code.length() + n) % 2 == 0, new BigDecimal(n % 2 == 0 ? "1" : "1.5"))).toList();
        return new Draft(true, before, course.indication(), List.of(new MixturePart("LIDOCAINE_1", null)), sites,
                before - 3 - n % 2, "Full active range after the injections, less guarding", Tolerance.WELL,
                List.of(new Complication(ComplicationKind.NONE, null)), course.diagnoses());
    }
}
