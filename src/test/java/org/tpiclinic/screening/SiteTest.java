package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sides: what includes what, one side per muscle, and codes that read back. */
class SiteTest {

    @ParameterizedTest(name = "{0} includes {1}: {2}")
    @CsvSource({ "LEFT, LEFT, true", "LEFT, RIGHT, false", "RIGHT, LEFT, false", "LEFT, BILATERAL, false",
            "BILATERAL, LEFT, true", "BILATERAL, RIGHT, true", "BILATERAL, BILATERAL, true",
            "UNRECORDED, LEFT, false", "BILATERAL, UNRECORDED, false", "UNRECORDED, UNRECORDED, false" })
    void aSideIncludesItselfAndBothSidesIncludeEitherButAnUnrecordedSideNothing(Side side, Side other,
            boolean included) {
        assertThat(side.includes(other)).isEqualTo(included);
    }

    @Test
    void aPlanHasOneSidePerMuscleAndItsCodeReadsBack() {
        var plan = PlannedTreatment.of(Agent.BUPIVACAINE_025, true, Site.bilateral(Muscle.RHOMBOIDS),
                Site.left(Muscle.PIRIFORMIS));
        assertThat(plan.code()).isEqualTo("BUPIVACAINE_025;steroid=true;RHOMBOIDS:BILATERAL,PIRIFORMIS:LEFT");
        assertThat(PlannedTreatment.parse(plan.code())).isEqualTo(plan);
        assertThatThrownBy(() -> PlannedTreatment.of(Agent.SALINE, false, Site.left(Muscle.PIRIFORMIS),
                Site.right(Muscle.PIRIFORMIS))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one side for each muscle");
        assertThat(Side.choices()).doesNotContain(Side.UNRECORDED);
    }

    @Test
    void aPlanIncludesAnotherOnlyWhenEverySiteAndSideIsAmongItsOwn() {
        var both = PlannedTreatment.of(Agent.SALINE, false, Site.bilateral(Muscle.SCALENES));
        assertThat(both.includesSitesOf(PlannedTreatment.of(Agent.SALINE, false, Site.left(Muscle.SCALENES)))).isTrue();
        assertThat(PlannedTreatment.of(Agent.SALINE, false, Site.left(Muscle.SCALENES)).includesSitesOf(both))
                .isFalse();
        assertThat(both.includesSitesOf(new PlannedTreatment(Agent.SALINE, false,
                Set.of(Site.left(Muscle.SCALENES), Site.left(Muscle.MASSETER))))).isFalse();
    }
}
