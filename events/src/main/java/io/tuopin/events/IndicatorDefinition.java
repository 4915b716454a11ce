package io.tuopin.events;

import java.util.List;

/**
 * One indicator of the catalogue ({@code indicators.txt}, shipped in this module).
 *
 * @param key      the indicator key observations carry
 * @param kind     {@code stock}, {@code flow} or {@code rate}
 * @param priority when several indicators fit a figure, the highest priority wins, then the nearest cue
 * @param units    unit keys its figures carry
 * @param graded   whether the analysts' annotation schema (gold SCHEMA.md) grades it
 * @param cues     phrases that say a figure is this indicator ({@code 贫困村…退出}: a gap of a few characters)
 * @param ignore   phrases inside which a cue or blocker does not count (脱贫攻坚 holds 脱贫 but is no lifting)
 * @param blockers phrases before a figure in its clause that rule this indicator out
 * @param meaning  what it means to an analyst
 */
public record IndicatorDefinition(String key, String kind, int priority, List<String> units, boolean graded,
                                  List<String> cues, List<String> ignore, List<String> blockers, String meaning) {
}
