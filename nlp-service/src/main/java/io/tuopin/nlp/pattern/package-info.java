/** Regular expressions found fast: a pattern tried only where one of its first characters stands. Depends on nothing. */
package io.tuopin.nlp.pattern;
