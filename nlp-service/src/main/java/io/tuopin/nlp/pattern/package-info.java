/** Finding things fast in text: a pattern tried only where one of its first characters stands, items by first character, bit tables, word lists and the regex semantics of the loops that stand in for small expressions. Depends on nothing. */
package io.tuopin.nlp.pattern;
