package org.tpiclinic.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxLinkHidingTest {

    @Test
    void theSecretPartOfEveryPersonalLinkIsHiddenAndTheRestOfTheTextStays() {
        String text = """
                Hello Ben,
                Fill in your questions: https://clinic.example/intake/Abc_123-xyz
                Confirm the time: https://clinic.example/waitlist/offers/Q9q9Q9q9
                Confirm your booking: https://clinic.example/book/confirm/T0k-en
                Directions: https://clinic.example/locations/bay-shore""";
        assertThat(OutboxController.hideLinks(text))
                .contains("Hello Ben,", "/intake/(hidden: sent to the patient only)",
                        "/waitlist/offers/(hidden: sent to the patient only)",
                        "/book/confirm/(hidden: sent to the patient only)", "/locations/bay-shore")
                .doesNotContain("Abc_123-xyz", "Q9q9Q9q9", "T0k-en");
    }
}
