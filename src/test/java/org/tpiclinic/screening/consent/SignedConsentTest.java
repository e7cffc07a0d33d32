package org.tpiclinic.screening.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.Muscle;
import org.tpiclinic.screening.PlannedTreatment;

/** Validity in time, what a consent covers, and the signature checks, with fixed instants. */
class SignedConsentTest {

    static final Instant SIGNED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant UNTIL = Instant.parse("2027-03-01T10:00:00Z");

    static SignedConsent consent(PlannedTreatment plan, Instant withdrawnAt) {
        return new SignedConsent(UUID.randomUUID(), UUID.randomUUID(), 1, plan.code(), "Sam Test", false, null,
                SIGNED, "sam", "10.0.0.1", UNTIL, "0".repeat(64), withdrawnAt, null, null);
    }

    @Test
    void validUntilItExpiresOrIsWithdrawn() {
        var plan = PlannedTreatment.of(Agent.SALINE, false, Muscle.PIRIFORMIS);
        assertThat(consent(plan, null).validAt(UNTIL.minusSeconds(1))).isTrue();
        assertThat(consent(plan, null).validAt(UNTIL)).isFalse();
        assertThat(consent(plan, SIGNED.plusSeconds(60)).validAt(SIGNED.plusSeconds(120))).isFalse();
    }

    @Test
    void coversTheSameAgentWithoutAnUnconsentedSteroidOrThoraxSite() {
        var signed = consent(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true, Muscle.RHOMBOIDS), null);
        assertThat(signed.covers(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, Muscle.RHOMBOIDS,
                Muscle.PIRIFORMIS))).isTrue();
        assertThat(signed.covers(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true, Muscle.SCALENES))).isFalse();
        assertThat(signed.covers(PlannedTreatment.of(Agent.BUPIVACAINE_025, false, Muscle.RHOMBOIDS))).isFalse();
        var plain = consent(PlannedTreatment.of(Agent.SALINE, false, Muscle.PIRIFORMIS), null);
        assertThat(plain.covers(PlannedTreatment.of(Agent.SALINE, true, Muscle.PIRIFORMIS))).isFalse();
    }

    @Test
    void theTypedNameMatchesWithoutCaseAccentsOrExtraSpaces() {
        assertThat(Signature.of(" zoë   ÉLODIE ", null, true, null, "Zoe Elodie").typedName())
                .isEqualTo("zoë ÉLODIE");
        assertThatThrownBy(() -> Signature.of("Zoe", null, true, null, "Zoe Elodie"))
                .isInstanceOf(ConsentRefused.class);
        assertThatThrownBy(() -> Signature.of("Zoe Elodie", null, false, null, "Zoe Elodie"))
                .isInstanceOfSatisfying(ConsentRefused.class, r -> assertThat(r.field()).isEqualTo("signature"));
    }
}
