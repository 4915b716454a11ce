package io.tuopin.events;

/**
 * The longest article metadata the system stores (characters), checked where articles come in:
 * metrics-service's {@code article} table holds exactly this much.
 */
public final class ArticleFieldLimits {
    public static final int TITLE = 1000;
    public static final int SOURCE = 500;
    public static final int URL = 2000;

    private ArticleFieldLimits() {
    }
}
