package org.tpiclinic.screening;


import static org.tpiclinic.screening.Answer.NO;
import static org.tpiclinic.screening.Answer.NOT_ANSWERED;
import static org.tpiclinic.screening.Answer.YES;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.screening.intake.CareAnswers;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Reported;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.shared.Kilograms;

/** Actors, a patient with a fresh weight, and intake answers of a patient with nothing to report. */
public final class ScreeningFixtures {

    static final CurrentUser SYSTEM = CurrentUser.system("test");
    static final CurrentUser CLINICIAN = staff(Role.CLINICIAN);
    public static final CurrentUser FRONT_DESK = staff(Role.FRONT_DESK);
    static final CurrentUser BILLING = staff(Role.BILLING);
    static final CurrentUser ADMIN = staff(Role.ADMIN);

    private ScreeningFixtures() {
    }

    static CurrentUser staff(Role role) {
        return new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), role.name(), role, null);
    }

    static CurrentUser patient(UUID patientId) {
        return new CurrentUser(UUID.randomUUID(), "patient-" + patientId, "Pat", Role.PATIENT, patientId);
    }

    public static UUID register(PatientRegistry registry, String family) {
        var details = new PatientDetails("Sam", family, null, LocalDate.of(1975, 5, 5), Sex.FEMALE, null, null, null,
                null, null, null, "English", Kilograms.of("70.0"), LocalDate.now().minusDays(5));
        return registry.register(SYSTEM, details, true).registered().id();
    }

    static SafetyAnswers allNo() {
        return new SafetyAnswers(YES, NO, null, NO, NO, NO, NO, NO, NO, NO, NO, YES,
                null, null, NO, null);
    }

    static CareAnswers eightWeeksOfPhysio() {
        return new CareAnswers(YES, NO, YES, NO, 8, NO, null, null, NOT_ANSWERED);
    }

    public static void nothingToReport(IntakeQuestionnaire intake, CurrentUser actor, UUID patientId) {
        intake.saveSafety(actor, patientId, allNo(), List.<Reported.Allergy>of(), List.<Reported.Medication>of());
        intake.saveCare(actor, patientId, eightWeeksOfPhysio());
    }
}
