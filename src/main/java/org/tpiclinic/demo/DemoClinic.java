package org.tpiclinic.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.shared.Kilograms;

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
        var desk = accounts.createStaff("frontdesk", "Dana Front", Role.FRONT_DESK, password);
        var clinician = accounts.createStaff("clinician", "Dr. Sam Rivera", Role.CLINICIAN, password);
        UUID clinicianId = schedule.openClinician(clinician.id(), "Dr. Sam Rivera");
        accounts.createStaff("billing", "Bo Billing", Role.BILLING, password);
        accounts.createStaff("admin", "Alex Admin", Role.ADMIN, password);

        var generator = generator(settings);
        var portalPatients = new ArrayList<UUID>();
        for (int i = 1; i <= Math.min(PORTAL_PATIENTS, settings.patients()); i++) {
            var drawn = generator.draw();
            var details = details(settings, drawn, i);
            var patient = register(drawn, details);
            portalPatients.add(patient);
            accounts.createPortalLogin("patient" + i, details.givenName() + " " + details.familyName(), patient,
                    password);
        }
        return new Start(clinicianId, desk.id(), clinician.id(), portalPatients);
    }

    /**
     * The rest of the practice after {@link #loadLogins}: the other patients (drawn from the same seed, so the
     * same ones as in one go), the upcoming appointments, the signed sessions and the outcome history.
     */
    void loadRest(DemoProperties settings, Start start) {
        var generator = generator(settings);
        var patientIds = new ArrayList<UUID>(start.portalPatients());
        var treated = new LinkedHashMap<UUID, String>();
        for (int i = 1; i <= settings.patients(); i++) {
            var drawn = generator.draw();
            var details = details(settings, drawn, i);
            UUID patient = i <= start.portalPatients().size() ? start.portalPatients().get(i - 1)
                    : register(drawn, details);
            if (i > start.portalPatients().size()) {
                patientIds.add(patient);
            }
            if (treated(settings, i)) {
                treated.put(patient, details.givenName() + " " + details.familyName());
            }
        }
        schedule.book(LOADER, start.clinicianId(), patientIds.subList(0, Math.min(APPOINTMENTS, patientIds.size())),
                LocalDate.now(clock));
        var staff = new DemoHistory.Staff(
                new CurrentUser(start.deskUserId(), "frontdesk", "Dana Front", Role.FRONT_DESK, null),
                new CurrentUser(start.clinicianUserId(), "clinician", "Dr. Sam Rivera", Role.CLINICIAN, null),
                start.clinicianId());
        history.load(settings.seed(), staff, patientIds, treated, LocalDate.now(clock));
    }

    /**
     * The demo clinician (its schedule id), the front desk's and the clinician's user ids, and the patients with
     * portal logins, in login order (patient1 first).
     */
    record Start(UUID clinicianId, UUID deskUserId, UUID clinicianUserId, List<UUID> portalPatients) {
    }

    /** Whether the {@code i}th patient drawn (from 1) is one of those who had a signed session in the demo. */
    private static boolean treated(DemoProperties settings, int i) {
        return DemoSessions.PATIENTS.subList(0, Math.min(settings.sessions(), DemoSessions.PATIENTS.size()))
                .contains(i - 1);
    }

    /** A drawn patient's details; those treated in the demo were weighed at their last visit. */
    private PatientDetails details(DemoProperties settings, DemoPatients.Drawn drawn, int i) {
        var d = drawn.details();
        if (!treated(settings, i)) {
            return d;
        }
        var weight = d.weight() != null ? d.weight() : Kilograms.of("72.0");
        return new PatientDetails(d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(), d.sex(),
                d.phone(), d.email(), d.addressLine(), d.city(), d.region(), d.postalCode(), d.preferredLanguage(),
                weight, LocalDate.now(clock).minusDays(2));
    }

    private DemoPatients generator(DemoProperties settings) {
        return new DemoPatients(settings.seed(), LocalDate.now(clock));
    }

    private UUID register(DemoPatients.Drawn drawn, PatientDetails details) {
        var patient = registry.register(LOADER, details, true).registered();
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
