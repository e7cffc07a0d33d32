package org.tpiclinic.procedures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.Clinician;
import org.tpiclinic.scheduling.Clinicians;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.ConsentFixtures;
import org.tpiclinic.screening.Consents;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.Screening;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.shared.PatientId;

/**
 * A clinician of the practice and patients ready for a needle: weighed 70 kg five days ago, screened eligible for
 * lidocaine at both upper trapezii, the left levator scapulae and the right rhomboids, and consented to exactly that.
 */
public final class SessionFixtures {

    /** The plan reviewed and consented to. */
    public static final PlannedTreatment PLAN = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            new BodySite("UPPER_TRAPEZIUS", Side.LEFT), new BodySite("UPPER_TRAPEZIUS", Side.RIGHT),
            new BodySite("LEVATOR_SCAPULAE", Side.LEFT), new BodySite("RHOMBOIDS", Side.RIGHT));

    public final CurrentUser clinician;
    private final ApplicationContext context;

    public SessionFixtures(ApplicationContext context) {
        this.context = context;
        var userId = UUID.randomUUID();
        this.clinician = new CurrentUser(userId, "dr-" + userId.toString().substring(0, 8), "Dr Ada Stone",
                Role.CLINICIAN, null);
        context.getBean(Clinicians.class).save(Clinician.of(userId, "Dr Ada Stone " + userId.toString().substring(0, 4),
                Set.of()));
    }

    public static CurrentUser staff(Role role) {
        return new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-test", role.name(), role, null);
    }

    /** A patient "Sam {family}" screened and consented to {@link #PLAN}. */
    public PatientId consentedPatient(String family) {
        var reviewed = ConsentFixtures.reviewed(context.getBean(PatientRegistry.class),
                context.getBean(IntakeQuestionnaire.class), context.getBean(Screening.class), family, PLAN);
        context.getBean(Consents.class).sign(clinician, reviewed.patientId(), reviewed.reviewId(),
                new Consents.SignatureForm("Sam " + family, null, true, null), "127.0.0.1");
        return PatientId.of(reviewed.patientId());
    }

    /** The three-muscle draft: lidocaine 1 % at four points, needle 25 G 38 mm, no complications. */
    public static Draft threeMuscles(String volume) {
        return new Draft(true, 7, "Taut bands in both upper trapezii and the left levator; referred pain to the temple",
                List.of(new MixturePart("LIDOCAINE_1", null)), List.of(
                        site("UPPER_TRAPEZIUS_L", volume), site("UPPER_TRAPEZIUS_R", "1"),
                        site("LEVATOR_SCAPULAE_L", "1"), site("RHOMBOIDS_R", "0.5")),
                3, "Full active neck rotation both ways", Tolerance.WELL,
                List.of(new Complication(ComplicationKind.NONE, null)), List.of("M79.12", "G44.229"));
    }

    static SessionSite site(String code, String volume) {
        return new SessionSite(code, Technique.INJECTION, 25, 38, true, new BigDecimal(volume));
    }
}
