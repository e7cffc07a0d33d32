package org.tpiclinic.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Input a rule refuses, naming the form field at fault and the message (a key in {@code messages.properties},
 * with an English default for logs) that says what to do. Nothing was changed. The one way every module outside
 * the web layer refuses input: a controller that shows the form puts it beside the field with
 * {@link #rejectIn(BindingResult)}; one that does not catch it answers 400 (a {@code ProblemDetail} naming the
 * field on an API route). Several refusals travel together when a check collects them all.
 */
public class FieldRefused extends IllegalArgumentException {

    /** One field's refusal: {@code field} as the form names it, {@code arguments} fill the message. */
    public record Refusal(String field, String messageKey, String defaultMessage, List<Object> arguments) {

        public Refusal {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(messageKey, "messageKey");
            Objects.requireNonNull(defaultMessage, "defaultMessage");
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        /** The message in the locale, or the English default when no key matches. */
        public String text(MessageSource messages, Locale locale) {
            return messages.getMessage(messageKey, arguments.toArray(), defaultMessage, locale);
        }
    }

    private final transient List<Refusal> refusals;

    public FieldRefused(String field, String messageKey, String defaultMessage, Object... arguments) {
        this(List.of(new Refusal(field, messageKey, defaultMessage, Arrays.asList(arguments))));
    }

    public FieldRefused(List<Refusal> refusals) {
        super(String.join(" ", refusals.stream().map(Refusal::defaultMessage).toList()));
        if (refusals.isEmpty()) {
            throw new IllegalStateException("A refusal names at least one field");
        }
        this.refusals = List.copyOf(refusals);
    }

    /** Collects refusals field by field; {@link #throwIfAny()} refuses them all at once. */
    public static Collector collector() {
        return new Collector();
    }

    /** The first (often the only) field refused. */
    public String field() {
        return refusals.get(0).field();
    }

    public String messageKey() {
        return refusals.get(0).messageKey();
    }

    public Object[] arguments() {
        return refusals.get(0).arguments().toArray();
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** The same refusal for a form that calls the field otherwise (a password is {@code newPassword} there). */
    public FieldRefused onField(String field) {
        return new FieldRefused(refusals.stream()
                .map(r -> new Refusal(field, r.messageKey(), r.defaultMessage(), r.arguments())).toList());
    }

    /** Puts every refusal beside its field, keeping what was typed when the field is a property of the form. */
    public void rejectIn(BindingResult errors) {
        for (Refusal refusal : refusals) {
            Object[] arguments = refusal.arguments().toArray();
            try {
                errors.rejectValue(refusal.field(), refusal.messageKey(), arguments, refusal.defaultMessage());
            } catch (NotReadablePropertyException notAProperty) {
                errors.addError(new FieldError(errors.getObjectName(), refusal.field(), null, false,
                        new String[] { refusal.messageKey() }, arguments, refusal.defaultMessage()));
            }
        }
    }

    /** Field → message in the locale, for pages that list problems by field. */
    public Map<String, String> texts(MessageSource messages, Locale locale) {
        var texts = new LinkedHashMap<String, String>();
        refusals.forEach(r -> texts.putIfAbsent(r.field(), r.text(messages, locale)));
        return texts;
    }

    /** Gathers refusals while a check runs. */
    public static final class Collector {

        private final Map<String, Refusal> refusals = new LinkedHashMap<>();

        private Collector() {
        }

        /** Refuses {@code field}, unless it is refused already (the first reason stands). */
        public Collector refuse(String field, String messageKey, String defaultMessage, Object... arguments) {
            refusals.putIfAbsent(field, new Refusal(field, messageKey, defaultMessage, Arrays.asList(arguments)));
            return this;
        }

        /** Refuses {@code field} with this reason, replacing an earlier one. */
        public Collector replace(String field, String messageKey, String defaultMessage, Object... arguments) {
            refusals.put(field, new Refusal(field, messageKey, defaultMessage, Arrays.asList(arguments)));
            return this;
        }

        public boolean isEmpty() {
            return refusals.isEmpty();
        }

        public void throwIfAny() {
            if (!refusals.isEmpty()) {
                throw new FieldRefused(List.copyOf(refusals.values()));
            }
        }
    }
}
