package io.tuopin.events.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Predicate;

/** The validator of every format constraint: a blank or absent value is valid, any other must have the format. */
abstract class FormatValidator<A extends Annotation> implements ConstraintValidator<A, String> {
    private final Predicate<String> format;

    FormatValidator(Predicate<String> format) {
        this.format = format;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || format.test(value);
    }
}
