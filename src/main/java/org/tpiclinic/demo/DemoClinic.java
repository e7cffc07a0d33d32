package org.tpiclinic.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.Kilograms;

/** Creates the demo practice through the modules' own APIs, so demo records are audited like real ones. */
@Component
class DemoClinic {

    private static final CurrentUser LOADER = CurrentUser.system("demo-loader");
    /** How many demo patients get an upcoming appointment. */
    private static final int APPOINTMENTS = 40;

    private final Accounts accounts;
    private final PatientRegistry registry;
    private final DemoSchedule schedule;
    private final SubstanceCatalog catalog;
    private final Clock clock;
    private final DemoHistory history;

    DemoClinic(Accounts accounts, PatientRegistry registry, DemoSchedule schedule, SubstanceCatalog catalog,
            Clock clock, DemoHistory history) {
        this.history = history;
        this.accounts = accounts;
        this.registry = registry;
        this.schedule = schedule;
        this.catalog = catalog;
        this.clock = clock;
    }

    void load(DemoProperties settings) {
        schedule.openLocations();
        String password = settings.password();
        var desk = accounts.createStaff("frontdesk", "Dana Front", Role.FRONT_DESK, password);
        var clinician = accounts.createStaff("clinician", "Dr. Sam Rivera", Role.CLINICIAN, password);
        UUID clinicianId = schedule.openClinician(clinician.id(), "Dr. Sam Rivera");
        var patientIds = new ArrayList<UUID>();
        var treated = new LinkedHashMap<UUID, String>();
        accounts.createStaff("billing", "Bo Billing", Role.BILLING, password);
        accounts.createStaff("admin", "Alex Admin", Role.ADMIN, password);

        var generator = new DemoPatients(settings.seed(), LocalDate.now(clock));
        for (int i = 1; i <= settings.patients(); i++) {
            var drawn = generator.draw();
            var details = drawn.details();
            boolean treat = DemoSessions.PATIENTS.subList(0, Math.min(settings.sessions(),
                    DemoSessions.PATIENTS.size())).contains(i - 1);
            if (treat) {
                details = weighedRecently(details, LocalDate.now(clock));
            }
            var patient = registry.register(LOADER, details, true).registered();
            patientIds.add(patient.id());
            if (treat) {
                treated.put(patient.id(), details.givenName() + " " + details.familyName());
            }
            for (var a : drawn.allergies()) {
                registry.addAllergy(LOADER, patient.id(), a.substance(), a.allergyClass(), a.reaction(), a.severity());
            }
            for (var d : drawn.drugs()) {
                registry.addMedication(LOADER, patient.id(), d.name(), drugClassOf(d.name()), d.dose());
            }
            for (var p : drawn.problems()) {
                registry.addCondition(LOADER, patient.id(), p.kind(), null);
            }
            if (drawn.pregnant()) {
                registry.addCondition(LOADER, patient.id(), ConditionKind.PREGNANCY, null);
            }
            if (i <= 3) {
                accounts.createPortalLogin("patient" + i, details.givenName() + " " + details.familyName(),
                        patient.id(), password);
            }
        }
        schedule.book(LOADER, clinicianId, patientIds.subList(0, Math.min(APPOINTMENTS, patientIds.size())),
                LocalDate.now(clock));
        var staff = new DemoHistory.Staff(
                new CurrentUser(desk.id(), "frontdesk", "Dana Front", Role.FRONT_DESK, null),
                new CurrentUser(clinician.id(), "clinician", "Dr. Sam Rivera", Role.CLINICIAN, null), clinicianId);
        history.load(settings.seed(), staff, patientIds, treated, LocalDate.now(clock));
    }

    /** Patients treated in the demo were weighed at their last visit, within the weight's validity for a dose. */
    private static PatientDetails weighedRecently(PatientDetails d, LocalDate today) {
        var weight = d.weight() != null ? d.weight() : Kilograms.of("72.0");
        return new PatientDetails(d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(), d.sex(),
                d.phone(), d.email(), d.addressLine(), d.city(), d.region(), d.postalCode(), d.preferredLanguage(),
                weight, today.minusDays(2));
    }

    private DrugClass drugClassOf(String name) {
        return catalog.find(name).orElseThrow().drugClass();
    }
}
