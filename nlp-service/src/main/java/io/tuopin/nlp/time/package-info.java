/**
 * Written dates, found and resolved once for every stage: entities take the date as written
 * ({@link io.tuopin.nlp.time.WrittenDate#value}), the metric stage its period, range and role
 * (cut-off, start, baseline). Relative dates (今年, 去年底, 3月底) resolve against the publication year.
 */
package io.tuopin.nlp.time;
