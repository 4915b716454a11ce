package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named thing in the cleaned text: {@code region}, {@code person}, {@code organization} or
 * {@code date}. {@code start}/{@code end} index the cleaned text, {@code sourceStart}/{@code sourceEnd}
 * the decoded input. Regions carry the resolved {@code code}, official {@code name} and {@code level};
 * dates carry their normalised {@code value}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
        String type,
        String text,
        int start,
        int end,
        Integer sourceStart,
        Integer sourceEnd,
        String code,
        String name,
        String level,
        String value) {

    public static Entity of(String type, String text, int start, int end) {
        return new Entity(type, text, start, end, null, null, null, null, null, null);
    }
}
