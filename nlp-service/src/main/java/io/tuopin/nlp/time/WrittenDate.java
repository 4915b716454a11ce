package io.tuopin.nlp.time;

/**
 * A date written in the text, resolved.
 *
 * @param start      where the mention starts, with its cue (截至2019年底)
 * @param end        where it ends, with 以来
 * @param dateStart  where the date proper starts (2019年底)
 * @param dateEnd    where the date proper ends
 * @param value      the date as precise as written: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param period     the last month a part of a year covers (上半年 -> {@code YYYY-06}), else {@code value}
 * @param rangeStart the first year or month of a range (2018至2020年, 上半年), else null
 * @param yearless   true for a month without a year (3月底), read in the publication year
 * @param cutoff     true for 截至/截止/至/到 …: a cumulative cut-off that governs the rest of the paragraph
 * @param since      true for 自…以来 / …以来 / 自…: the start of a cumulative figure
 * @param from       true for 由/从 DATE 的 …: the date belongs to the first figure of a change statement
 */
public record WrittenDate(int start, int end, int dateStart, int dateEnd, String value, String period,
                          String rangeStart, boolean yearless, boolean cutoff, boolean since, boolean from) {
}
