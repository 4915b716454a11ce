package io.tuopin.ingest.domain;

/**
 * One article as it arrives on any channel, before decoding.
 *
 * @param declaredCharset the charset the sender declared, or null to detect it
 */
public record ArticleSubmission(byte[] body, BodyType type, String declaredCharset, ArticleMetadata metadata,
                                Channel channel) {
}
