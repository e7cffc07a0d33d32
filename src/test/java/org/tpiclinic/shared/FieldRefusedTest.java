package org.tpiclinic.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.MapBindingResult;

class FieldRefusedTest {

    /** A form as controllers bind it. */
    public static class WeightForm {
        private String weightKg = "400";

        public String getWeightKg() {
            return weightKg;
        }

        public void setWeightKg(String weightKg) {
            this.weightKg = weightKg;
        }
    }

    @Test
    void putsTheRefusalBesideItsFieldKeepingWhatWasTyped() {
        var errors = new BeanPropertyBindingResult(new WeightForm(), "form");
        new FieldRefused("weightKg", "patient.error.weight", "Enter a weight between 2 and 350 kg").rejectIn(errors);
        var error = errors.getFieldError("weightKg");
        assertThat(error).isNotNull();
        assertThat(error.getCodes()).contains("patient.error.weight");
        assertThat(error.getRejectedValue()).isEqualTo("400");
        assertThat(error.getDefaultMessage()).isEqualTo("Enter a weight between 2 and 350 kg");
    }

    @Test
    void aFieldThatIsNoPropertyOfTheFormStillGetsItsError() {
        var errors = new BeanPropertyBindingResult(new WeightForm(), "form");
        new FieldRefused("reasons[R1]", "screening.review.error.reason", "Give a reason").rejectIn(errors);
        assertThat(errors.getFieldError("reasons[R1]")).isNotNull();
    }

    @Test
    void collectsEveryFieldAndKeepsTheFirstReasonForEach() {
        var collector = FieldRefused.collector().refuse("zone", "a", "first").refuse("zone", "b", "second")
                .refuse("note", "c", "third");
        assertThatThrownBy(collector::throwIfAny).isInstanceOfSatisfying(FieldRefused.class, refused -> {
            assertThat(refused.refusals()).extracting(FieldRefused.Refusal::field).containsExactly("zone", "note");
            assertThat(refused.messageKey()).isEqualTo("a");
            var errors = new MapBindingResult(new HashMap<>(), "form");
            refused.rejectIn(errors);
            assertThat(errors.getFieldErrorCount()).isEqualTo(2);
        });
        FieldRefused.collector().throwIfAny();
    }

    @Test
    void speaksTheMessageOfItsKeyWithItsArgumentsOrElseTheEnglishDefault() {
        var messages = new StaticMessageSource();
        messages.addMessage("note.tooLong", Locale.ENGLISH, "Keep it under {0} characters.");
        var texts = new FieldRefused(List.of(
                new FieldRefused.Refusal("note", "note.tooLong", "Too long", List.of(500)),
                new FieldRefused.Refusal("zone", "no.such.key", "Choose a place", List.of())))
                .texts(messages, Locale.ENGLISH);
        assertThat(texts).containsEntry("note", "Keep it under 500 characters.").containsEntry("zone", "Choose a place");
    }

    @Test
    void movesToTheFieldTheFormUses() {
        var refused = new FieldRefused("password", "password.tooShort", "Too short", 15).onField("newPassword");
        assertThat(refused.field()).isEqualTo("newPassword");
        assertThat(refused.arguments()).containsExactly(15);
    }
}
