package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.TestSites.left;
import static org.tpiclinic.screening.TestSites.right;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodySite;

/** A plan of the atlas's body sites: codes that read back, what includes what, and old plans without sides. */
class PlannedTreatmentTest {

    @Test
    void aPlanIsASetOfAtlasSitesAndItsCodeReadsBackInCodeOrder() {
        var sites = new HashSet<BodySite>(PlannedTreatment.bothSides("RHOMBOIDS"));
        sites.add(left("PIRIFORMIS"));
        var plan = new PlannedTreatment(Agent.BUPIVACAINE_025, true, sites);
        assertThat(plan.code()).isEqualTo("BUPIVACAINE_025;steroid=true;PIRIFORMIS_L,RHOMBOIDS_L,RHOMBOIDS_R");
        assertThat(PlannedTreatment.parse(plan.code())).isEqualTo(plan);
        assertThat(plan.sidesOf("RHOMBOIDS")).hasSize(2);
        assertThat(plan.muscles()).containsExactly("PIRIFORMIS", "RHOMBOIDS");
        assertThat(plan.sidesRecorded()).isTrue();
    }

    @Test
    void everySiteOfAPlanIsASiteOfTheAtlas() {
        var atlas = Atlas.fromDataFiles();
        var plan = PlannedTreatment.parse("SALINE;steroid=false;UPPER_TRAPEZIUS_L,SOLEUS_R");
        assertThat(atlas.sites()).containsAll(plan.sites());
    }

    @Test
    void aConsentForLeftDoesNotIncludeRightAndBothSidesIncludeEither() {
        var both = new PlannedTreatment(Agent.SALINE, false, PlannedTreatment.bothSides("SCALENES"));
        var leftOnly = PlannedTreatment.of(Agent.SALINE, false, left("SCALENES"));
        var rightOnly = PlannedTreatment.of(Agent.SALINE, false, right("SCALENES"));
        assertThat(both.includesSitesOf(leftOnly)).isTrue();
        assertThat(both.includesSitesOf(rightOnly)).isTrue();
        assertThat(leftOnly.includesSitesOf(rightOnly)).isFalse();
        assertThat(leftOnly.includesSitesOf(both)).isFalse();
        assertThat(both.includesSitesOf(PlannedTreatment.of(Agent.SALINE, false, left("SCALENES"),
                left("MASSETER")))).isFalse();
    }

    @Test
    void aMuscleWhoseSideWasNeverRecordedIncludesNothingAndIsIncludedInNothing() {
        var old = PlannedTreatment.parse("SALINE;steroid=false;PIRIFORMIS_UNRECORDED,RHOMBOIDS_L");
        assertThat(old.unsidedMuscles()).containsExactly("PIRIFORMIS");
        assertThat(old.sidesRecorded()).isFalse();
        assertThat(old.code()).isEqualTo("SALINE;steroid=false;RHOMBOIDS_L,PIRIFORMIS_UNRECORDED");
        assertThat(PlannedTreatment.parse(old.code())).isEqualTo(old);
        assertThat(old.includesSitesOf(PlannedTreatment.of(Agent.SALINE, false, left("PIRIFORMIS")))).isFalse();
        assertThat(old.includesSitesOf(PlannedTreatment.of(Agent.SALINE, false, right("PIRIFORMIS")))).isFalse();
        // the sided site of the same old plan keeps meaning what it meant
        assertThat(old.includesSitesOf(PlannedTreatment.of(Agent.SALINE, false, left("RHOMBOIDS")))).isTrue();
        var wide = new PlannedTreatment(Agent.SALINE, false, PlannedTreatment.bothSides("PIRIFORMIS"));
        assertThat(wide.includesSitesOf(old)).isFalse();
    }

    @Test
    void aCodeThatIsNoSiteIsRefused() {
        assertThatThrownBy(() -> PlannedTreatment.parse("SALINE;steroid=false;PIRIFORMIS:LEFT"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlannedTreatment(Agent.SALINE, false, Set.of()))
                .hasMessageContaining("at least one muscle");
        assertThatThrownBy(() -> PlannedTreatment.of(Agent.DRY_NEEDLING, true, left("PIRIFORMIS")))
                .hasMessageContaining("steroid");
    }
}
