package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Region;

/** A name in the text resolved to one division. */
record ResolvedPlace(int start, int end, String text, Region region) {
}
