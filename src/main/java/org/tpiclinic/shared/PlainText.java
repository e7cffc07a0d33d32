package org.tpiclinic.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person's name is made of: no control characters (NUL, tab, line breaks) and no invisible formatting
 * characters, among them the direction overrides (U+202E) that make a name read differently on screen from how it
 * is stored and searched. The zero-width joiner and non-joiner stay allowed: scripts such as Persian and Devanagari
 * spell names with them. A null value is valid (say {@code @NotBlank} where a value is required).
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "{input.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator behind the annotation; {@link #isPlain} for forms that check field by field. */
    class Check implements ConstraintValidator<PlainText, CharSequence> {

        /** Whether the text holds no control, format, line- or paragraph-separator character. */
        public static boolean isPlain(CharSequence text) {
            if (text == null) {
                return true;
            }
            return text.codePoints().noneMatch(c -> c != 0x200C && c != 0x200D && switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
            });
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return isPlain(value);
        }
    }
}
