package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer.NameEntry;
import java.util.List;

/** A gazetteer name found in the text [start, end) with every division it may denote. */
record NameMatch(int start, int end, String text, List<NameEntry> entries) {
}
