package org.tpiclinic.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.MedicationCatalog;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.Locations;

/** Creates the demo practice through the modules' own APIs, so demo records are audited like real ones. */
@Component
class DemoClinic {

    private static final CurrentUser LOADER = CurrentUser.system("demo-loader");

    private final Accounts accounts;
    private final PatientRegistry registry;
    private final Locations locations;
    private final MedicationCatalog catalog;
    private final Clock clock;

    DemoClinic(Accounts accounts, PatientRegistry registry, Locations locations, MedicationCatalog catalog,
            Clock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.locations = locations;
        this.catalog = catalog;
        this.clock = clock;
    }

    void load(DemoProperties settings) {
        locations.save(Location.open("Blue Point - Bay Shore", "120 Harbor Road, Suite 4, Bay Shore, NY 11706",
                "(631) 555-0142", ZoneId.of("America/New_York")));
        locations.save(Location.open("Blue Point - Scottsdale", "8800 E Desert Cove Ave, Scottsdale, AZ 85260",
                "(480) 555-0117", ZoneId.of("America/Phoenix")));
        String password = settings.password();
        accounts.createStaff("frontdesk", "Dana Front", Role.FRONT_DESK, password);
        accounts.createStaff("clinician", "Dr. Sam Rivera", Role.CLINICIAN, password);
        accounts.createStaff("billing", "Bo Billing", Role.BILLING, password);
        accounts.createStaff("admin", "Alex Admin", Role.ADMIN, password);

        var generator = new DemoPatients(settings.seed(), LocalDate.now(clock));
        for (int i = 1; i <= settings.patients(); i++) {
            var details = generator.next();
            var patient = registry.register(LOADER, details, true).registered();
            for (var a : DemoPatients.ALLERGENS) {
                if (generator.chance(a.rate())) {
                    registry.addAllergy(LOADER, patient.id(), a.substance(), a.allergyClass(), a.reaction(),
                            a.severity());
                }
            }
            for (var d : DemoPatients.DRUGS) {
                if (generator.chance(d.rate())) {
                    registry.addMedication(LOADER, patient.id(), d.name(), drugClassOf(d.name()), d.dose());
                }
            }
            for (var p : DemoPatients.PROBLEMS) {
                if (generator.chance(p.rate())) {
                    registry.addCondition(LOADER, patient.id(), p.kind(), null);
                }
            }
            if (generator.pregnant(details)) {
                registry.addCondition(LOADER, patient.id(), ConditionKind.PREGNANCY, null);
            }
            if (i <= 3) {
                accounts.createPortalLogin("patient" + i, details.givenName() + " " + details.familyName(),
                        patient.id(), password);
            }
        }
    }

    private DrugClass drugClassOf(String name) {
        return catalog.find(name).orElseThrow().drugClass();
    }
}
