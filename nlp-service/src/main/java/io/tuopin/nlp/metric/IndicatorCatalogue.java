package io.tuopin.nlp.metric;

import io.tuopin.events.IndicatorCatalogueFile;
import io.tuopin.events.IndicatorDefinition;
import io.tuopin.events.IndicatorDefinitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The indicator catalogue ({@code indicators.txt} in the events module) with its phrases ready to match. */
public final class IndicatorCatalogue {
    private static final String ANY = "*";

    private final List<Indicator> indicators;
    private final CuePhrases globalBlockers;
    private final CuePhrases globalIgnore;
    /** Knows the first part of every phrase above, so that a text is read once for all of them. */
    private final CueIndex.Builder cueIndex;
    /** Asked per figure (and per indicator of the figure): looked up, not searched. */
    private final Map<String, Indicator> byKey = new HashMap<>();
    private final Map<String, List<Indicator>> byUnit = new HashMap<>();

    private IndicatorCatalogue(List<Indicator> indicators, CuePhrases globalBlockers, CuePhrases globalIgnore,
                               CueIndex.Builder cueIndex) {
        this.indicators = List.copyOf(indicators);
        this.globalBlockers = globalBlockers;
        this.globalIgnore = globalIgnore;
        this.cueIndex = cueIndex.seal();
        for (Indicator indicator : this.indicators) {
            byKey.putIfAbsent(indicator.key(), indicator);
            indicator.units().forEach(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(indicator));
        }
        byUnit.replaceAll((unit, list) -> List.copyOf(list));
    }

    public static IndicatorCatalogue load() {
        return of(IndicatorDefinitions.catalogue());
    }

    static IndicatorCatalogue of(IndicatorCatalogueFile file) {
        CueIndex.Builder cueIndex = new CueIndex.Builder();
        List<Indicator> rows = file.indicators().stream().map(d -> compile(d, cueIndex)).toList();
        return new IndicatorCatalogue(rows, new CuePhrases(file.globalBlockers(), cueIndex),
                new CuePhrases(file.globalIgnore(), cueIndex), cueIndex);
    }

    private static Indicator compile(IndicatorDefinition d, CueIndex.Builder cueIndex) {
        boolean fallback = d.cues().equals(List.of(ANY));
        return new Indicator(d.key(), d.kind(), d.priority(), d.units(), d.graded(),
                fallback ? CuePhrases.NONE : new CuePhrases(d.cues(), cueIndex), new CuePhrases(d.ignore(), cueIndex),
                new CuePhrases(d.blockers(), cueIndex), fallback);
    }

    /** Where the catalogue's phrases occur in a text: made once per article, asked per figure. */
    CueIndex cuesIn(String text) {
        return cueIndex.index(text);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Indicator byKey(String key) {
        return byKey.get(key);
    }

    /** The indicators that accept figures in this unit, in catalogue order. */
    List<Indicator> accepting(String unit) {
        return byUnit.getOrDefault(unit, List.of());
    }

    /** Whether the clause text in [from, to) before a figure rules out every indicator (a personal figure, a standard). */
    boolean blockedForAll(CueIndex text, int from, int to) {
        return from < to && globalBlockers.occursIn(text, from, to, globalIgnore);
    }
}
