package org.tpiclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The atlas and body chart as shipped: enough zones and muscles, consistent with each other and the reference. */
class AtlasTest {

    static final BodyChart CHART = new BodyChart();
    static final Atlas ATLAS = new Atlas(CHART);

    /** SNOMED CT codes the clinical reference (section 5.3) gives as verified, by muscle structure. */
    static final Map<String, String> VERIFIED_SNOMED = Map.ofEntries(Map.entry("31764008", "trapezius"),
            Map.entry("22823000", "sternocleidomastoid"), Map.entry("72573008", "infraspinatus"),
            Map.entry("6423006", "supraspinatus"), Map.entry("57651003", "iliocostalis"),
            Map.entry("15665001", "latissimus dorsi"), Map.entry("60005003", "pectoralis major"),
            Map.entry("18686000", "pectoralis minor"), Map.entry("18346003", "serratus anterior"),
            Map.entry("35259002", "deltoid"), Map.entry("79368004", "masseter"), Map.entry("52927003", "temporalis"),
            Map.entry("78333006", "gluteus medius"), Map.entry("206007", "gluteus maximus"));

    @Test
    void theChartHasAtLeastEightyZonesWithUniqueCodesLeftAndRightSeparate() {
        var zones = CHART.zones();
        assertThat(zones).hasSizeGreaterThanOrEqualTo(80);
        assertThat(zones.stream().map(BodyZone::code).collect(Collectors.toSet())).hasSize(zones.size());
        assertThat(CHART.zone("TEMPLE_L")).get().extracting(BodyZone::side).isEqualTo(Side.LEFT);
        assertThat(CHART.zone("TEMPLE_R")).get().extracting(BodyZone::side).isEqualTo(Side.RIGHT);
        assertThat(CHART.zone("VERTEX")).get().extracting(BodyZone::side).isNull();
        for (ChartView view : ChartView.values()) {
            assertThat(CHART.zones(view)).isNotEmpty();
        }
    }

    @Test
    void theRightZoneIsTheMirrorOfTheLeftWithinItsView() {
        var left = CHART.zone("CHEST_L").orElseThrow();
        var right = CHART.zone("CHEST_R").orElseThrow();
        assertThat(right.x()).isEqualTo(ChartView.FRONT.width() - left.x() - left.width());
        assertThat(right.y()).isEqualTo(left.y());
        // Facing us, the patient's left is on our right; from behind, on our left.
        assertThat(left.centreX()).isGreaterThan(ChartView.FRONT.width() / 2.0);
        assertThat(CHART.zone("SCAPULA_L").orElseThrow().centreX()).isLessThan(ChartView.BACK.width() / 2.0);
    }

    @Test
    void zonesOfOneViewDoNotOverlap() {
        for (ChartView view : ChartView.values()) {
            var zones = CHART.zones(view);
            for (int i = 0; i < zones.size(); i++) {
                for (int j = i + 1; j < zones.size(); j++) {
                    var a = zones.get(i);
                    var b = zones.get(j);
                    boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                            && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                    assertThat(overlap).as(a.code() + " overlaps " + b.code()).isFalse();
                }
            }
        }
    }

    @Test
    void theAtlasHasAtLeastThirtyMusclesEachWithTriggerZonesAndASource() {
        assertThat(ATLAS.muscles()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ATLAS.muscles()).allSatisfy(m -> {
            assertThat(m.triggerZones()).isNotEmpty();
            assertThat(m.source()).isNotBlank();
            assertThat(m.pattern()).isNotBlank();
        });
        assertThat(ATLAS.sites()).hasSize(ATLAS.muscles().size() * 2);
        assertThat(ATLAS.version()).isNotBlank();
    }

    /**
     * The 15 muscles screening had as its own list before the atlas became the one list of sites (V240 keeps their
     * codes), with whether that list counted them near the thorax.
     */
    static final Map<String, Boolean> SCREENING_MUSCLES_BEFORE_V240 = Map.ofEntries(
            Map.entry("UPPER_TRAPEZIUS", true), Map.entry("LEVATOR_SCAPULAE", true), Map.entry("RHOMBOIDS", true),
            Map.entry("INFRASPINATUS", true), Map.entry("PECTORALIS_MAJOR", true),
            Map.entry("SERRATUS_ANTERIOR", true), Map.entry("SCALENES", true),
            Map.entry("STERNOCLEIDOMASTOID", false), Map.entry("SPLENIUS_CAPITIS", false),
            Map.entry("TEMPORALIS", false), Map.entry("MASSETER", false), Map.entry("QUADRATUS_LUMBORUM", false),
            Map.entry("GLUTEUS_MEDIUS", false), Map.entry("PIRIFORMIS", false), Map.entry("ILIOPSOAS", false));

    @Test
    void everyMuscleScreeningPlannedBeforeIsInTheAtlasUnderTheSameCodeAndNearTheThoraxAsBefore() {
        SCREENING_MUSCLES_BEFORE_V240.forEach((code, nearThorax) -> {
            var muscle = ATLAS.muscle(code);
            assertThat(muscle).as(code).isPresent();
            assertThat(muscle.get().nearThorax()).as(code).isEqualTo(nearThorax);
            assertThat(ATLAS.nearThorax(new BodySite(code, Side.LEFT))).as(code).isEqualTo(nearThorax);
        });
    }

    @Test
    void nearTheThoraxIsDataWithASourceForEveryMuscle() {
        ATLAS.muscles().forEach(m -> assertThat(m.nearThoraxSource()).as(m.code()).isNotBlank()
                .containsPattern(m.nearThorax() ? "reference (1\\.2|3\\.1|7\\.5)" : "reference"));
        assertThat(ATLAS.nearThorax(new BodySite("NOT_A_MUSCLE", Side.LEFT))).as("unknown: the cautious answer")
                .isTrue();
        assertThat(ATLAS.byRegion().keySet()).startsWith("NECK");
        assertThat(ATLAS.byRegion().values().stream().mapToInt(java.util.List::size).sum())
                .isEqualTo(ATLAS.muscles().size());
    }

    @Test
    void anAtlasWithoutASourceForNearTheThoraxDoesNotStart() {
        var header = ATLAS_HEADER;
        var row = new String[] { "UPPER_TRAPEZIUS", "Upper trapezius", "NECK", "", "yes", "TOP_OF_SHOULDER", "", "",
                "p", "s", "" };
        var file = new DataFile("atlas-test.csv", "1", header, java.util.List.<String[]>of(row));
        assertThatThrownBy(() -> new Atlas(CHART, file)).hasMessageContaining("no source for near_thorax");
    }

    @Test
    void snomedCodesAreOnlyThoseTheReferenceVerified() {
        var used = ATLAS.muscles().stream().map(AtlasMuscle::snomed).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(VERIFIED_SNOMED.keySet()).containsAll(used);
        // Unverified in the reference: no code.
        assertThat(ATLAS.muscle("ILIOPSOAS").orElseThrow().snomed()).isNull();
        assertThat(ATLAS.muscle("PIRIFORMIS").orElseThrow().snomed()).isNull();
        assertThat(ATLAS.muscle("MASSETER").orElseThrow().snomed()).isEqualTo("79368004");
    }

    @Test
    void aSiteResolvesItsZonesToItsOwnSideAndMidlineZonesStayMidline() {
        var left = ATLAS.pattern(new BodySite("UPPER_TRAPEZIUS", Side.LEFT));
        assertThat(left.primaryZones()).containsExactly("POSTERIOR_NECK_L", "MASTOID_L", "TEMPLE_L");
        var scm = ATLAS.pattern(new BodySite("STERNOCLEIDOMASTOID", Side.RIGHT));
        assertThat(scm.primaryZones()).contains("VERTEX", "EYE_R").doesNotContain("EYE_L");
        assertThat(ATLAS.site("UPPER_TRAPEZIUS_L")).contains(new BodySite("UPPER_TRAPEZIUS", Side.LEFT));
        assertThat(ATLAS.site("NOT_A_MUSCLE_L")).isEmpty();
        assertThat(ATLAS.site("UPPER_TRAPEZIUS")).isEmpty();
    }

    @Test
    void anAtlasNamingAZoneTheChartLacksDoesNotLoad() {
        var file = new DataFile("broken.csv", "1", ATLAS_HEADER, java.util.List.<String[]>of(new String[] { "X", "X",
                "NECK", "", "no", "POSTERIOR_NECK", "NOWHERE", "", "p", "s", "lower body" }));
        assertThatThrownBy(() -> new Atlas(CHART, file)).hasMessageContaining("NOWHERE");
    }

    static final java.util.List<String> ATLAS_HEADER = java.util.List.of("code", "name", "region", "snomed",
            "near_thorax", "trigger_zones", "primary_zones", "spillover_zones", "pattern", "source",
            "near_thorax_source");
}
