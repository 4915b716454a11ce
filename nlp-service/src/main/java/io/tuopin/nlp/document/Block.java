package io.tuopin.nlp.document;

import io.tuopin.nlp.domain.Span;

/**
 * One line of the cleaned text and its role.
 *
 * @param level depth of a heading (1 for 一、 or a region heading, 2 for （一）), 0 for other blocks
 */
public record Block(Span span, BlockKind kind, int level) {
}
