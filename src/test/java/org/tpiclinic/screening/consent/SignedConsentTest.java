package org.tpiclinic.screening.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.TestSites;
import org.tpiclinic.shared.FieldRefused;

/** Validity in time, what a consent covers, and the signature checks, with fixed instants. */
class SignedConsentTest {

    static final Instant SIGNED = Instant.parse("2026-03-01T10:00:00Z");
    static final Signature.Limits LIMITS = new Signature.Limits(100_000, 1200, 600);
    static final Instant UNTIL = Instant.parse("2027-03-01T10:00:00Z");

    static SignedConsent consent(PlannedTreatment plan, Instant withdrawnAt) {
        return new SignedConsent(UUID.randomUUID(), UUID.randomUUID(), 1, plan.code(), "Sam Test", false, null,
                SIGNED, "sam", "10.0.0.1", UNTIL, "0".repeat(64), withdrawnAt, null, null, null, "Dr. Test", false);
    }

    @Test
    void validUntilItExpiresOrIsWithdrawn() {
        var plan = PlannedTreatment.of(Agent.SALINE, false, TestSites.right("PIRIFORMIS"));
        assertThat(consent(plan, null).validAt(UNTIL.minusSeconds(1))).isTrue();
        assertThat(consent(plan, null).validAt(UNTIL)).isFalse();
        assertThat(consent(plan, SIGNED.plusSeconds(60)).validAt(SIGNED.plusSeconds(120))).isFalse();
    }

    @Test
    void coversTheSameAgentWithoutAnUnconsentedSteroidOrSite() {
        var signed = consent(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true, TestSites.right("RHOMBOIDS"),
                TestSites.left("PIRIFORMIS")), null);
        assertThat(signed.covers(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.right("RHOMBOIDS"))))
                .isTrue();
        assertThat(signed.covers(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true, TestSites.right("RHOMBOIDS"),
                TestSites.right("SCALENES")))).isFalse();
        assertThat(signed.covers(PlannedTreatment.of(Agent.BUPIVACAINE_025, false, TestSites.right("RHOMBOIDS"))))
                .isFalse();
        var plain = consent(PlannedTreatment.of(Agent.SALINE, false, TestSites.right("PIRIFORMIS")), null);
        assertThat(plain.covers(PlannedTreatment.of(Agent.SALINE, true, TestSites.right("PIRIFORMIS")))).isFalse();
    }

    @Test
    void aConsentForOneSideDoesNotCoverTheOtherAndBothSidesCoverEither() {
        var right = consent(PlannedTreatment.of(Agent.DRY_NEEDLING, false, TestSites.right("UPPER_TRAPEZIUS")), null);
        assertThat(right.covers(PlannedTreatment.of(Agent.DRY_NEEDLING, false, TestSites.left("UPPER_TRAPEZIUS"))))
                .isFalse();
        assertThat(right.covers(PlannedTreatment.of(Agent.DRY_NEEDLING, false,
                TestSites.left("UPPER_TRAPEZIUS"), TestSites.right("UPPER_TRAPEZIUS")))).isFalse();
        var both = consent(PlannedTreatment.of(Agent.DRY_NEEDLING, false, TestSites.left("UPPER_TRAPEZIUS"), TestSites.right("UPPER_TRAPEZIUS")), null);
        assertThat(both.covers(PlannedTreatment.of(Agent.DRY_NEEDLING, false, TestSites.left("UPPER_TRAPEZIUS"))))
                .isTrue();
        assertThat(both.covers(PlannedTreatment.of(Agent.DRY_NEEDLING, false, TestSites.right("UPPER_TRAPEZIUS"))))
                .isTrue();
    }

    @Test
    void aConsentSignedBeforeSidesWereRecordedCoversNothing() {
        var old = new SignedConsent(UUID.randomUUID(), UUID.randomUUID(), 1, "SALINE;steroid=false;PIRIFORMIS_UNRECORDED",
                "Sam Test", false, null, SIGNED, "sam", "10.0.0.1", UNTIL, "0".repeat(64), null, null, null, null,
                null, false);
        assertThat(old.plan().sites()).isEmpty();
        assertThat(old.plan().unsidedMuscles()).containsExactly("PIRIFORMIS");
        assertThat(old.covers(PlannedTreatment.of(Agent.SALINE, false, TestSites.right("PIRIFORMIS")))).isFalse();
        assertThat(old.covers(PlannedTreatment.of(Agent.SALINE, false, TestSites.left("PIRIFORMIS"), TestSites.right("PIRIFORMIS")))).isFalse();
    }

    @Test
    void theTypedNameMatchesWithoutCaseAccentsOrExtraSpaces() {
        assertThat(Signature.of(" zoë   ÉLODIE ", null, true, null, LIMITS, "Zoe Elodie").typedName())
                .isEqualTo("zoë ÉLODIE");
        assertThatThrownBy(() -> Signature.of("Zoe", null, true, null, LIMITS, "Zoe Elodie"))
                .isInstanceOf(FieldRefused.class);
        assertThatThrownBy(() -> Signature.of("Zoe Elodie", null, false, null, LIMITS, "Zoe Elodie"))
                .isInstanceOfSatisfying(FieldRefused.class, r -> assertThat(r.field()).isEqualTo("signature"));
    }
}
