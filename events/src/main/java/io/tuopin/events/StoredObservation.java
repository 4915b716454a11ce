package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * One observation as metrics-service stores it: the figure of an {@link Observation} with the region
 * as the store keys it ({@code regionKey}: the region's code, or {@code parentCode/name} for a village).
 *
 * @param regionCode the region's code as stored; null for a village
 * @param evidence   null when the stored row has no complete evidence span
 */
public record StoredObservation(
        String id,
        String regionKey,
        String regionCode,
        String regionName,
        String regionLevel,
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
