package io.tuopin.nlp.domain;

import io.tuopin.events.RegionInfo;

/**
 * A place named in the cleaned text and the region it resolves to.
 *
 * @param anaphora true for 全县/该县/我市/本区 and the like, resolved to the article's subject region
 */
public record RegionMention(int start, int end, String text, RegionInfo region, boolean anaphora) {
}
