package org.tpiclinic.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.patients.PatientRegistry;

/** Creates the demo practice through the modules' own APIs, so demo records are audited like real ones. */
@Component
class DemoClinic {

    private static final CurrentUser LOADER = CurrentUser.system("demo-loader");
    /** How many demo patients get an upcoming appointment. */
    private static final int APPOINTMENTS = 40;
    /** The first patients drawn get the portal logins patient1, patient2, … */
    static final int PORTAL_PATIENTS = 3;

    private final Accounts accounts;
    private final PatientRegistry registry;
    private final DemoSchedule schedule;
    private final SubstanceCatalog catalog;
    private final Clock clock;
    private final DemoOutcomes outcomes;

    DemoClinic(Accounts accounts, PatientRegistry registry, DemoSchedule schedule, SubstanceCatalog catalog,
            Clock clock, DemoOutcomes outcomes) {
        this.outcomes = outcomes;
        this.accounts = accounts;
        this.registry = registry;
        this.schedule = schedule;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The whole practice at once: {@link #loadLogins} then {@link #loadRest}. */
    void load(DemoProperties settings) {
        loadRest(settings, loadLogins(settings));
    }

    /**
     * What the demo logins need, and no more: the locations, one user per staff role, the clinician's hours, and
     * the first {@value #PORTAL_PATIENTS} patients with their portal logins. Fast, so sign-in works early.
     */
    Start loadLogins(DemoProperties settings) {
        schedule.openLocations();
        String password = settings.password();
        accounts.createStaff("frontdesk", "Dana Front", Role.FRONT_DESK, password);
        var clinician = accounts.createStaff("clinician", "Dr. Sam Rivera", Role.CLINICIAN, password);
        UUID clinicianId = schedule.openClinician(clinician.id(), "Dr. Sam Rivera");
        accounts.createStaff("billing", "Bo Billing", Role.BILLING, password);
        accounts.createStaff("admin", "Alex Admin", Role.ADMIN, password);

        var generator = generator(settings);
        var portalPatients = new ArrayList<UUID>();
        for (int i = 1; i <= Math.min(PORTAL_PATIENTS, settings.patients()); i++) {
            var drawn = generator.draw();
            var patient = register(drawn);
            portalPatients.add(patient);
            accounts.createPortalLogin("patient" + i, drawn.details().givenName() + " " + drawn.details().familyName(),
                    patient, password);
        }
        return new Start(clinicianId, portalPatients);
    }

    /**
     * The rest of the practice after {@link #loadLogins}: the other patients (drawn from the same seed, so the
     * same ones as in one go), the upcoming appointments and the outcome history.
     */
    void loadRest(DemoProperties settings, Start start) {
        var generator = generator(settings);
        var patientIds = new ArrayList<UUID>(start.portalPatients());
        for (int i = 1; i <= settings.patients(); i++) {
            var drawn = generator.draw();
            if (i > start.portalPatients().size()) {
                patientIds.add(register(drawn));
            }
        }
        schedule.book(LOADER, start.clinicianId(), patientIds.subList(0, Math.min(APPOINTMENTS, patientIds.size())),
                LocalDate.now(clock));
        outcomes.load(settings.seed(), patientIds, start.clinicianId(), LocalDate.now(clock));
    }

    /** The demo clinician's id and the patients with portal logins, in login order (patient1 first). */
    record Start(UUID clinicianId, List<UUID> portalPatients) {
    }

    private DemoPatients generator(DemoProperties settings) {
        return new DemoPatients(settings.seed(), LocalDate.now(clock));
    }

    private UUID register(DemoPatients.Drawn drawn) {
        var patient = registry.register(LOADER, drawn.details(), true).registered();
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
        return patient.id();
    }

    private DrugClass drugClassOf(String name) {
        return catalog.find(name).orElseThrow().drugClass();
    }
}
