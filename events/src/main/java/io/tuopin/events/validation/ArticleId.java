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
 * An article id: 32 lower-case hex digits ({@link Formats#ARTICLE_ID}). A blank or absent value is valid: an absent
 * parameter is an optional one unless something else requires it.
 */
@Documented
@Constraint(validatedBy = ArticleId.Validator.class)
@Target({PARAMETER, FIELD, METHOD, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ArticleId {
    String message() default "must be an article id of 32 lower-case hex digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator extends FormatValidator<ArticleId> {
        public Validator() {
            super(Formats::isArticleId);
        }
    }
}
