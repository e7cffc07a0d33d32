package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.Kilograms;

/** The patients module with what it depends on (shared, identity, audit): merging charts announces the merge. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "shared", "identity" })
class PatientsModuleTests {

    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null);

    @Autowired
    PatientRegistry registry;
    @Autowired
    DuplicateCharts duplicates;

    Patient register(String family) {
        var details = new PatientDetails("Rosa", family, null, LocalDate.of(1971, 6, 1), Sex.FEMALE, null, null,
                null, null, null, null, "English", Kilograms.of("64.5"), LocalDate.of(2026, 11, 1));
        return registry.register(DESK, details, true).registered();
    }

    @Test
    void mergingADuplicatePublishesPatientsMergedAndKeepsTheWeightAsAQuantity(Scenario scenario) {
        String family = "Module" + UUID.randomUUID().toString().substring(0, 6);
        var survivor = register(family);
        var duplicate = register(family);
        assertThat(registry.chart(DESK, survivor.id()).patient().weight().value()).isEqualByComparingTo("64.5");
        scenario.stimulate(() -> duplicates.merge(DESK, duplicate.id(), survivor.id(), "Same person, typed twice"))
                .andWaitForEventOfType(PatientsMerged.class)
                .matching(merged -> merged.survivorId().equals(survivor.id()))
                .toArriveAndVerify(merged -> {
                    assertThat(merged.mergedId()).isEqualTo(duplicate.id());
                    assertThat(merged.mergedBy()).isEqualTo("desk");
                });
    }
}
