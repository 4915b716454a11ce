package io.tuopin.nlp.time;

/** A year named relative to the publication year (今年, 去年, 上年 …); 当年 and 同年 point back into the text. */
enum RelativeYear {
    THIS(0), LAST(-1), BEFORE_LAST(-2), NEXT(1), ANAPHORIC(0);

    private final int offset;

    RelativeYear(int offset) {
        this.offset = offset;
    }

    static RelativeYear of(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "今年", "本年" -> THIS;
            case "去年", "上年" -> LAST;
            case "前年" -> BEFORE_LAST;
            case "明年" -> NEXT;
            default -> ANAPHORIC;
        };
    }

    Integer resolve(Integer publicationYear) {
        return publicationYear == null || this == ANAPHORIC ? null : publicationYear + offset;
    }
}
