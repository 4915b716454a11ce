package io.tuopin.events.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * Turns a request's constraint violations into the reason an error answer gives: which parameter, and
 * why ({@code "code must be a region code of 6, 9 or 12 digits (...), got \"14103\""}). When several
 * parameters are wrong, the first in the method's parameter order is named.
 */
public final class Rejections {
    private Rejections() {
    }

    /** The rejected request parameter; empty when the violations are not about parameters (a bug: a 500). */
    public static Optional<Rejection> firstParameter(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .filter(Rejections::onParameter)
                .min(Comparator.comparingInt(Rejections::parameterIndex).thenComparing(Rejections::name))
                .map(v -> new Rejection(name(v), name(v) + " " + v.getMessage() + ", got "
                        + Formats.echo(v.getInvalidValue() == null ? null : v.getInvalidValue().toString())));
    }

    /** Whether the violation is about a method parameter (or a field of a bean parameter), not a return value. */
    private static boolean onParameter(ConstraintViolation<?> violation) {
        boolean parameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return false;
            }
            parameter |= node.getKind() == ElementKind.PARAMETER;
        }
        return parameter;
    }

    private static int parameterIndex(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The last node of the path: the parameter's (or a bean parameter's field's) name. */
    private static String name(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    /** @param parameter the rejected parameter's name; @param detail its name, what it must be, and what came */
    public record Rejection(String parameter, String detail) {
    }
}
