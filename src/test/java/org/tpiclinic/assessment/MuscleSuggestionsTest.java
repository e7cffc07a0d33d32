package org.tpiclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Muscle suggestions for clinical cases of our own making. */
class MuscleSuggestionsTest {

    final MuscleSuggestions suggestions = new MuscleSuggestions(AtlasTest.ATLAS, AtlasTest.CHART);

    static ZoneMark mark(String zone, int intensity) {
        return new ZoneMark(zone, intensity, PainQuality.ACHING);
    }

    static List<String> sites(List<Suggestion> list) {
        return list.stream().map(s -> s.site().code()).toList();
    }

    @Test
    void aLeftSidedTensionHeadacheSuggestsTheLeftUpperTrapeziusFirstWithItsReason() {
        var result = suggestions.suggest(List.of(mark("TEMPLE_L", 6), mark("POSTERIOR_NECK_L", 6),
                mark("MASTOID_L", 4)));
        var top = result.get(0);
        assertThat(top.site()).isEqualTo(new BodySite("UPPER_TRAPEZIUS", Side.LEFT));
        assertThat(top.reason()).isEqualTo(
                "Usually refers pain to temple, left; back of the neck, left and behind the ear, left, which were marked.");
        assertThat(top.unexplained()).isEmpty();
        assertThat(sites(result)).noneMatch(code -> code.endsWith("_R"));
    }

    @Test
    void zonesAMuscleWouldNotExplainAreListed() {
        var result = suggestions.suggest(List.of(mark("TEMPLE_L", 6), mark("POSTERIOR_NECK_L", 6),
                mark("HEEL_L", 2)));
        var trapezius = result.stream().filter(s -> s.site().code().equals("UPPER_TRAPEZIUS_L")).findFirst()
                .orElseThrow();
        assertThat(trapezius.unexplained()).extracting(BodyZone::code).containsExactly("HEEL_L");
        var soleus = result.stream().filter(s -> s.site().code().equals("SOLEUS_L")).findFirst().orElseThrow();
        assertThat(soleus.unexplained()).extracting(BodyZone::code).containsExactly("TEMPLE_L", "POSTERIOR_NECK_L");
    }

    @Test
    void heelPainAloneSuggestsTheSoleusOfThatSide() {
        assertThat(sites(suggestions.suggest(List.of(mark("HEEL_R", 5))))).startsWith("SOLEUS_R");
    }

    @Test
    void innerKneePainSuggestsTheVastusMedialis() {
        assertThat(sites(suggestions.suggest(List.of(mark("KNEE_MEDIAL_L", 7))))).startsWith("VASTUS_MEDIALIS_L");
    }

    @Test
    void intensityDecidesBetweenTwoEquallyCoveredComplaints() {
        var headache = suggestions.suggest(List.of(mark("TEMPLE_R", 9), mark("HEEL_R", 1)));
        var heel = suggestions.suggest(List.of(mark("TEMPLE_R", 1), mark("HEEL_R", 9)));
        assertThat(headache.get(0).muscle().code()).isNotEqualTo("SOLEUS");
        assertThat(heel.get(0).muscle().code()).isEqualTo("SOLEUS");
        assertThat(heel.get(0).score()).isGreaterThan(headache.stream()
                .filter(s -> s.muscle().code().equals("SOLEUS")).findFirst().orElseThrow().score());
    }

    @Test
    void aSpecificMuscleOutranksOneThatRefersEverywhere() {
        // Both masseter (jaw, teeth) and SCM (six primary zones) explain the teeth; a jaw + teeth drawing
        // matches the masseter's whole pattern.
        var result = suggestions.suggest(List.of(mark("JAW_R", 5), mark("TEETH_R", 5)));
        assertThat(sites(result).indexOf("MASSETER_R")).isLessThan(sites(result).indexOf("STERNOCLEIDOMASTOID_R"));
        assertThat(result.get(0).site().code()).isEqualTo("MASSETER_R");
    }

    @Test
    void equalScoresAreOrderedByTheAtlasSoTheRankingIsStable() {
        // Quadratus lumborum and piriformis both refer primarily to exactly these two zones.
        var result = suggestions.suggest(List.of(mark("SACROILIAC_R", 6), mark("BUTTOCK_R", 6)));
        assertThat(sites(result)).startsWith("QUADRATUS_LUMBORUM_R", "PIRIFORMIS_R");
        assertThat(result.get(0).score()).isEqualTo(result.get(1).score());
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 7, 42, 2026 })
    void theSameDrawingInAnyOrderGivesTheSameRanking(long seed) {
        var zones = new ArrayList<>(AtlasTest.CHART.zones());
        var random = new Random(seed);
        Collections.shuffle(zones, random);
        var drawing = new ArrayList<ZoneMark>();
        for (int i = 0; i < 12; i++) {
            drawing.add(mark(zones.get(i).code(), random.nextInt(11)));
        }
        var first = suggestions.suggest(drawing);
        Collections.shuffle(drawing, random);
        var second = suggestions.suggest(drawing);
        assertThat(sites(second)).isEqualTo(sites(first));
        assertThat(first).hasSizeLessThanOrEqualTo(MuscleSuggestions.LIMIT);
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).score()).isLessThanOrEqualTo(first.get(i - 1).score());
        }
    }

    @Test
    void aMuscleWithoutASourcedPatternIsNeverSuggested() {
        var result = suggestions.suggest(List.of(mark("MEDIAL_SCAPULA_L", 8)));
        assertThat(sites(result)).doesNotContain("RHOMBOIDS_L").contains("LEVATOR_SCAPULAE_L");
    }

    @Test
    void anEmptyDrawingHasNoSuggestionsAndAnUnknownZoneIsRefused() {
        assertThat(suggestions.suggest(List.of())).isEmpty();
        assertThatThrownBy(() -> suggestions.suggest(List.of(mark("ELBOW_X", 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ELBOW_X");
        assertThatThrownBy(() -> mark("TEMPLE_L", 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
