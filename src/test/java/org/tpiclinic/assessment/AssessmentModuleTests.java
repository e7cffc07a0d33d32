package org.tpiclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.FieldRefused;

/**
 * The assessment module with what it depends on (shared, identity, audit, patients): a drawing is kept for the
 * patient, and a drawing with mistakes is refused field by field with nothing saved.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "shared", "identity" })
class AssessmentModuleTests {

    static final CurrentUser CLINICIAN = new CurrentUser(UUID.randomUUID(), "dr.module", "Dr. Module",
            Role.CLINICIAN, null);

    @Autowired
    PatientRegistry registry;
    @Autowired
    Assessments assessments;

    @Test
    void aDrawingIsKeptAndOneWithMistakesIsRefusedFieldByField() {
        var patient = registry.register(CLINICIAN, new PatientDetails("Ines", "Module" + UUID.randomUUID()
                .toString().substring(0, 6), null, LocalDate.of(1968, 2, 2), Sex.FEMALE, null, null, null, null,
                null, null, "English", null, null), true).registered().id();

        var refused = catchThrowableOfType(FieldRefused.class, () -> assessments.recordDrawing(CLINICIAN, patient,
                null, List.of(new MarkEntry("NOWHERE", 5, null), new MarkEntry("HEEL_R", 11, null)), null));
        assertThat(refused.refusals()).extracting(FieldRefused.Refusal::field)
                .containsExactly("marks[0].zone", "marks[1].intensity");
        assertThat(assessments.drawings(CLINICIAN, patient)).isEmpty();

        assessments.recordDrawing(CLINICIAN, patient, null, List.of(new MarkEntry("HEEL_R", 6, "STABBING")), null);
        assertThat(assessments.drawings(CLINICIAN, patient)).singleElement()
                .satisfies(drawing -> assertThat(drawing.marks()).extracting(ZoneMark::zone).containsExactly("HEEL_R"));
    }
}
