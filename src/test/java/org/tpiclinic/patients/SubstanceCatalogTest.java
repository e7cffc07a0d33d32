package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubstanceCatalogTest {

    private static final SubstanceCatalog CATALOG = new SubstanceCatalog();

    @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            warfarin (Coumadin) 3mg          | Warfarin           | ANTICOAGULANT
            Coumadin 5 mg daily              | Warfarin           | ANTICOAGULANT
            COUMADIN                         | Warfarin           | ANTICOAGULANT
            Jantoven                         | Warfarin           | ANTICOAGULANT
            warfrin                          | Warfarin           | ANTICOAGULANT
            Eliquis 5mg BID                  | Apixaban           | ANTICOAGULANT
            eliquiss                         | Apixaban           | ANTICOAGULANT
            Xarelto 20 mg                    | Rivaroxaban        | ANTICOAGULANT
            xeralto                          | Rivaroxaban        | ANTICOAGULANT
            Lovenox injections               | Enoxaparin         | ANTICOAGULANT
            Pradaxa                          | Dabigatran         | ANTICOAGULANT
            Plavix 75mg                      | Clopidogrel        | ANTIPLATELET
            clopidogrel (Plavix)             | Clopidogrel        | ANTIPLATELET
            baby aspirin 81 mg               | Aspirin            | ANTIPLATELET
            Asprin                           | Aspirin            | ANTIPLATELET
            ASA 81                           | Aspirin            | ANTIPLATELET
            Brilinta                         | Ticagrelor         | ANTIPLATELET
            ibuprofen 400mg as needed        | Ibuprofen          | NSAID
            Advil                            | Ibuprofen          | NSAID
            Motrin IB                        | Ibuprofen          | NSAID
            ibuprophen                       | Ibuprofen          | NSAID
            Aleve                            | Naproxen           | NSAID
            Mobic 15mg                       | Meloxicam          | NSAID
            Kenalog-40                       | Triamcinolone      | CORTICOSTEROID
            Depo-Medrol                      | Methylprednisolone | CORTICOSTEROID
            depo medrol                      | Methylprednisolone | CORTICOSTEROID
            prednisone 10 mg                 | Prednisone         | CORTICOSTEROID
            Tylenol                          | Acetaminophen      | OTHER
            """)
    void readsMedicationsAsPeopleWriteThem(String typed, String name, DrugClass drugClass) {
        var match = CATALOG.match(typed);
        assertThat(match).as(typed).isPresent();
        assertThat(match.get().entry().name()).isEqualTo(name);
        assertThat(match.get().entry().drugClass()).isEqualTo(drugClass);
    }

    @ParameterizedTest(name = "\"{0}\" allergy is {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Lidocaine                        | Lidocaine          | AMIDE
            lidocaine                        | Lidocaine          | AMIDE
            Xylocaine                        | Lidocaine          | AMIDE
            lignocaine                       | Lidocaine          | AMIDE
            lidocain                         | Lidocaine          | AMIDE
            Marcaine                         | Bupivacaine        | AMIDE
            bupivicaine                      | Bupivacaine        | AMIDE
            Novocaine                        | Procaine           | ESTER
            novacaine                        | Procaine           | ESTER
            Novocain (dentist)               | Procaine           | ESTER
            PABA                             | PABA               | ESTER
            parabens                         | Methylparaben      | PARABEN
            sulfites                         | Sulfite            | SULFITE
            sodium metabisulfite             | Sulfite            | SULFITE
            latex gloves                     | Latex              | LATEX
            Kenalog                          | Triamcinolone      | CORTICOSTEROID
            Depo-Medrol shot                 | Methylprednisolone | CORTICOSTEROID
            sulfa drugs                      | Sulfonamide antibiotics | OTHER
            Sulfa                            | Sulfonamide antibiotics | OTHER
            penicillin                       | Penicillin         | OTHER
            """)
    void readsAllergensAsPeopleWriteThem(String typed, String name, AllergyClass allergyClass) {
        var match = CATALOG.match(typed);
        assertThat(match).as(typed).isPresent();
        assertThat(match.get().entry().name()).isEqualTo(name);
        assertThat(match.get().entry().allergyClass()).isEqualTo(allergyClass);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "3mg", "numbing medicine", "shellfish", "later", "bees", "the blue pill" })
    void leavesUnknownTextUnmatchedForTheClinician(String typed) {
        assertThat(CATALOG.match(typed)).isEmpty();
        assertThat(CATALOG.matchAll(typed)).isEmpty();
    }

    @Test
    void findsEverySubstanceNamedInAFreeText() {
        var found = CATALOG.matchAll("Warfarin 3mg daily, baby aspirin; fish oil and Tylenol as needed");

        assertThat(found).extracting(m -> m.entry().name())
                .containsExactly("Warfarin", "Aspirin", "Fish oil", "Acetaminophen");
    }

    @Test
    void aLineNamingTwoSubstancesIsNotOneMatch() {
        assertThat(CATALOG.match("warfarin and aspirin")).isEmpty();
        assertThat(CATALOG.matchAll("warfarin and aspirin")).hasSize(2);
    }

    @Test
    void everyEntryHasASource() {
        assertThat(CATALOG.entries()).hasSizeGreaterThan(60)
                .allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }

    @Test
    void refusesACatalogueThatNamesASpellingTwice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new SubstanceCatalog("patients/substance-catalog-duplicate.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }
}
