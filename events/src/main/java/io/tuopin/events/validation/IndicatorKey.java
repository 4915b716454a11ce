package io.tuopin.events.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * One indicator key ({@link Formats#INDICATOR}). A blank or absent value is valid: an absent
 * parameter is an optional one unless something else requires it.
 */
@Documented
@Constraint(validatedBy = IndicatorKey.Validator.class)
@Target({PARAMETER, FIELD, METHOD, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface IndicatorKey {
    String message() default "must be an indicator key such as poverty_incidence (lower-case letters, digits, _)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator extends FormatValidator<IndicatorKey> {
        public Validator() {
            super(Formats::isIndicator);
        }
    }
}
