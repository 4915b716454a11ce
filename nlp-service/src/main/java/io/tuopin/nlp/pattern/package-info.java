/** Finding things fast in text: a pattern tried only where one of its first characters stands, items by first character, bit tables. Depends on nothing. */
package io.tuopin.nlp.pattern;
