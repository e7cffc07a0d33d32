package org.tpiclinic.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpiclinic.billing.Coding.ReviewReason.Kind;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.procedures.InjectionSessionSigned.AgentGiven;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;

/**
 * The coding rules as a table of cases, written from the rules (clinical-reference §4.2), not from the code:
 * distinct muscles decide (left and right count twice, repeated points once), one code per technique and session,
 * and the cases that must wait for a person.
 */
class ClaimCoderTest {

    static final ClaimCoder CODER = new ClaimCoder(CodingTable.standard());
    static final List<String> MYALGIA = List.of("M79.18");

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            one muscle                              | UPPER_TRAPEZIUS_L                                                       | 20552       | ''
            one muscle, three points                | UPPER_TRAPEZIUS_L UPPER_TRAPEZIUS_L UPPER_TRAPEZIUS_L                   | 20552       | ''
            left and right of one muscle            | UPPER_TRAPEZIUS_L UPPER_TRAPEZIUS_R                                     | 20552       | ''
            left and right of one muscle and another| UPPER_TRAPEZIUS_L UPPER_TRAPEZIUS_R LEVATOR_SCAPULAE_L                  | 20553       | ''
            three muscles with eight injections     | UPPER_TRAPEZIUS_L UPPER_TRAPEZIUS_L UPPER_TRAPEZIUS_L LEVATOR_SCAPULAE_L LEVATOR_SCAPULAE_L INFRASPINATUS_R INFRASPINATUS_R INFRASPINATUS_R | 20553 | ''
            dry needling only, two muscles          | ~GLUTEUS_MEDIUS_L ~GLUTEUS_MEDIUS_L ~QUADRATUS_LUMBORUM_L                | 20560       | ''
            dry needling only, three muscles        | ~GLUTEUS_MEDIUS_L ~GLUTEUS_MEDIUS_R ~QUADRATUS_LUMBORUM_L                | 20561       | ''
            both techniques, different muscles      | UPPER_TRAPEZIUS_L ~GLUTEUS_MEDIUS_L                                      | 20552 20560 | ''
            mixed in the same muscle                | UPPER_TRAPEZIUS_L ~UPPER_TRAPEZIUS_L                                     | 20552 20560 | SAME_MUSCLE_BOTH_TECHNIQUES
            same muscle, other side, other technique| UPPER_TRAPEZIUS_L ~UPPER_TRAPEZIUS_R                                     | 20552 20560 | ''
            """)
    void codesBySessionAndDistinctMuscles(String title, String points, String codes, String review) {
        var coding = CODER.code(Sessions.signed(MYALGIA, points.split(" ")));

        assertThat(String.join(" ", coding.procedureCodes())).as(title).isEqualTo(codes);
        assertThat(coding.reviews()).as(title).extracting(r -> r.kind().name())
                .containsExactlyElementsOf(review.isEmpty() ? List.of() : List.of(review));
    }

    @Test
    void mixedSessionNamesTheMuscleItWaitsFor() {
        var coding = CODER.code(Sessions.signed(MYALGIA, "UPPER_TRAPEZIUS_L", "~UPPER_TRAPEZIUS_L", "~INFRASPINATUS_R"));

        assertThat(coding.needsReview()).isTrue();
        assertThat(coding.reviews().get(0).detail()).isEqualTo("UPPER_TRAPEZIUS_L");
    }

    @Test
    void noDiagnosisWaitsForReviewButKeepsTheProcedureCode() {
        var coding = CODER.code(Sessions.signed(List.of(), "UPPER_TRAPEZIUS_L"));

        assertThat(coding.reviews()).extracting(r -> r.kind()).containsExactly(Kind.NO_DIAGNOSIS);
        assertThat(coding.procedureCodes()).containsExactly("20552");
    }

    @Test
    void blankDiagnosesCountAsNone() {
        assertThat(CODER.code(Sessions.signed(List.of(" ", ""), "UPPER_TRAPEZIUS_L")).reviews())
                .extracting(r -> r.kind()).containsExactly(Kind.NO_DIAGNOSIS);
    }

    @Test
    void diagnosesKeepTheClinicianOrderWithoutRepeats() {
        var coding = CODER.code(Sessions.signed(List.of("M54.2", "M79.12", "M54.2", "G44.209"), "UPPER_TRAPEZIUS_L"));

        assertThat(coding.diagnoses()).containsExactly("M54.2", "M79.12", "G44.209");
        assertThat(coding.needsReview()).isFalse();
    }

    @Test
    void aDiagnosisNotShapedLikeIcd10CmWaitsForReview() {
        var coding = CODER.code(Sessions.signed(List.of("M79.18", "myalgia"), "UPPER_TRAPEZIUS_L"));

        assertThat(coding.reviews()).extracting(r -> r.kind(), r -> r.detail())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MALFORMED_DIAGNOSIS, "myalgia"));
    }

    @Test
    void aSessionWithoutSitesWaitsForReview() {
        assertThat(CODER.code(Sessions.signed(MYALGIA)).reviews()).extracting(r -> r.kind())
                .containsExactly(Kind.NO_TREATED_SITE);
    }

    @Test
    void drugLinesCarryAgentAndAmountAndNoUnverifiedJCode() {
        var session = Sessions.signed(MYALGIA, "UPPER_TRAPEZIUS_L");
        var withSteroid = new InjectionSessionSigned(session.sessionId(), session.patientId(), session.clinicianId(),
                null, null, session.performedOn(), session.signedAt(), session.sites(),
                List.of(new AgentGiven("LIDOCAINE_1", "Lidocaine 1 % plain", Millilitres.of("4"), Milligrams.of("40"),
                        false), new AgentGiven("TRIAMCINOLONE_40", "Triamcinolone 40 mg/mL", Millilitres.of("0.5"),
                                Milligrams.of("20"), true)),
                session.diagnoses(), 6, 2);

        var drugs = CODER.code(withSteroid).drugs();

        assertThat(drugs).extracting(d -> d.agentCode(), d -> d.amountMg(), d -> d.volumeMl()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LIDOCAINE_1", new BigDecimal("40"), new BigDecimal("4")),
                org.assertj.core.groups.Tuple.tuple("TRIAMCINOLONE_40", new BigDecimal("20"), new BigDecimal("0.5")));
        // J3301 is in the table but UNVERIFIED (clinical-reference §5.5): it must not reach a claim
        assertThat(drugs).allMatch(d -> d.hcpcs() == null);
        assertThat(CodingTable.standard().drugs()).anyMatch(d -> d.hcpcs().equals("J3301") && !d.verified());
    }

    @Test
    void everyProcedureCodeHasItsSourceAndOurOwnShortWords() {
        assertThat(CodingTable.standard().procedures()).extracting(ProcedureCode::code)
                .containsExactly("20552", "20553", "20560", "20561");
        assertThat(CodingTable.standard().procedures()).allSatisfy(p -> {
            assertThat(p.source()).isNotBlank();
            assertThat(p.description()).doesNotContainIgnoringCase("single or multiple trigger point");
        });
    }
}
