package io.tuopin.nlp.domain;

/**
 * Where a clause ends for the stages that hand clauses to HanLP instead of whole sentences: a
 * comma, enumeration comma, semicolon, colon, sentence mark or line break. HanLP's choice of words
 * hardly ever reaches across one, and a name never does.
 */
public final class ClauseMarks {
    private ClauseMarks() {
    }

    public static boolean endsClause(char c) {
        return switch (c) {
            case '，', '、', '；', '：', '。', '！', '？', ',', ';', ':', '!', '?', '\n' -> true;
            default -> false;
        };
    }
}
