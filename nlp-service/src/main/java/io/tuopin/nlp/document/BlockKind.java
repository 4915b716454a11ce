package io.tuopin.nlp.document;

/** The role of one line (block) of an article. */
public enum BlockKind {
    /** the headline, as the cleaner found it */
    TITLE,
    /** a section heading: numbered (一、…), or a short line naming a region (叶城县：大山里的人搬进新城镇) */
    HEADING,
    /** running text */
    PARAGRAPH,
    /** one item of a list of regions (康平县：建档立卡贫困人口7418人，…；) */
    LIST_ITEM,
    /** an interviewer's turn (记者：…？) */
    QUESTION,
    /** an answer (答：…) */
    ANSWER
}
