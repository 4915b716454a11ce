package io.tuopin.nlp.messaging;

/**
 * An article nlp-service gives up on, with the reason; the record goes to {@code articles.raw.dlq} and
 * the message becomes its {@code dead-letter-reason}.
 */
public class ArticleRejectedException extends RuntimeException {
    public ArticleRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
