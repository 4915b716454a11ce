package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * One metric observation: a figure about a region, read out of an article.
 *
 * @param id          deterministic from article id and evidence span, so replays are idempotent
 * @param region      the region the figure is about; null when unknown (an article that names no place
 *                    and came without a region hint): such figures stay with their article only
 * @param kind        {@code stock}, {@code flow} or {@code rate} (from the indicator catalogue)
 * @param period      {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null when the text does not say
 * @param periodStart start of a cumulative figure's period, when stated
 * @param confidence  0..1: how directly the text states it (explicit cue and unit next to the number is high)
 */
public record Observation(
        String id,
        RegionRef region,
        String indicator,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal value,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal valueMax,
        String unit,
        String period,
        @JsonInclude(JsonInclude.Include.NON_NULL) String periodStart,
        boolean approx,
        boolean target,
        double confidence,
        String kind,
        Evidence evidence) {
}
