package org.tpiclinic.procedures.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.tpiclinic.procedures.ComplicationKind;
import org.tpiclinic.procedures.Technique;

class DraftFormTests {

    static LinkedMultiValueMap<String, String> params(String... pairs) {
        var params = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void readsSitesMixtureComplicationsAndDiagnoses() {
        var form = DraftForm.parse(params("version", "4", "timeOut", "on", "painBefore", "7",
                "mixture[0].agent", "LIDOCAINE_1", "mixture[0].volume", "4", "mixture[1].agent", "TRIAMCINOLONE_40",
                "mixture[1].volume", "1", "mixture[2].agent", "",
                "sites[0].site", "UPPER_TRAPEZIUS_L", "sites[0].technique", "INJECTION", "sites[0].gauge", "25",
                "sites[0].length", "38", "sites[0].twitch", "on", "sites[0].volume", "1.25",
                "sites[1].site", "RHOMBOIDS_R", "sites[1].technique", "DRY_NEEDLING", "sites[1].volume", "3",
                "complication", "HEMATOMA", "complication.HEMATOMA.action", "Pressure for 5 minutes",
                "diagnoses", "M79.12", "diagnoses", "M79.12"));
        assertThat(form.problems()).isEmpty();
        assertThat(form.version()).isEqualTo(4);
        var d = form.draft();
        assertThat(d.timeOutConfirmed()).isTrue();
        assertThat(d.mixture()).hasSize(2);
        assertThat(d.sites().get(0).volumeMl()).isEqualByComparingTo("1.25");
        assertThat(d.sites().get(0).twitch()).isTrue();
        assertThat(d.sites().get(1).technique()).isEqualTo(Technique.DRY_NEEDLING);
        assertThat(d.sites().get(1).volumeMl()).as("dry needling injects nothing").isNull();
        assertThat(d.complications().get(0).kind()).isEqualTo(ComplicationKind.HEMATOMA);
        assertThat(d.complications().get(0).action()).isEqualTo("Pressure for 5 minutes");
        assertThat(d.diagnoses()).containsExactly("M79.12");
    }

    @Test
    void numbersThatAreNotNumbersAreProblemsNextToTheirFields() {
        var form = DraftForm.parse(params("version", "x", "painBefore", "eleven", "painAfter", "12",
                "sites[0].site", "UPPER_TRAPEZIUS_L", "sites[0].volume", "-1", "sites[0].gauge", "2.5",
                "mixture[0].agent", "LIDOCAINE_1", "mixture[0].volume", "1e400", "tolerance", "SUPERB",
                "complication", "ALIENS"));
        assertThat(form.problems()).containsOnlyKeys("painBefore", "painAfter", "sites[0].volume", "sites[0].gauge",
                "mixture[0].volume", "tolerance", "complications");
        assertThat(form.problems().get("sites[0].volume")).isEqualTo("Enter a volume of more than 0 mL.");
        assertThat(form.version()).isEqualTo(-1);
    }

    @Test
    void addAndRemoveChangeTheSitesBeforeTheDraftIsBuilt() {
        var added = DraftForm.parse(params("sites[0].site", "UPPER_TRAPEZIUS_L", "sites[0].gauge", "27",
                "sites[0].length", "30", "add", "site", "addSite", "UPPER_TRAPEZIUS_R", "addTechnique", "DRY_NEEDLING"));
        assertThat(added.draft().sites()).extracting(s -> s.siteCode()).containsExactly("UPPER_TRAPEZIUS_L",
                "UPPER_TRAPEZIUS_R");
        assertThat(added.draft().sites().get(1).needleGauge()).as("the needle carries over").isEqualTo(27);
        assertThat(added.draft().sites().get(1).technique()).isEqualTo(Technique.DRY_NEEDLING);
        var removed = DraftForm.parse(params("sites[0].site", "UPPER_TRAPEZIUS_L", "sites[1].site", "RHOMBOIDS_R",
                "remove", "0"));
        assertThat(removed.draft().sites()).extracting(s -> s.siteCode()).containsExactly("RHOMBOIDS_R");
        var noMuscle = DraftForm.parse(params("add", "site", "addSite", ""));
        assertThat(noMuscle.problems()).containsEntry("add", "Choose the muscle and side of the site to add.");
    }
}
