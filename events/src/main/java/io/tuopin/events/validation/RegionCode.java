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
 * A region code: 6, 9 or 12 digits ({@link Formats#REGION_CODE}). A blank or absent value is valid: an absent
 * parameter is an optional one unless something else requires it.
 */
@Documented
@Constraint(validatedBy = RegionCode.Validator.class)
@Target({PARAMETER, FIELD, METHOD, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface RegionCode {
    String message() default "must be a region code of 6, 9 or 12 digits (GB/T 2260 county and above, township, village)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator extends FormatValidator<RegionCode> {
        public Validator() {
            super(Formats::isRegionCode);
        }
    }
}
