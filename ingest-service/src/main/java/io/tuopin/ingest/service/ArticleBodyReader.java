package io.tuopin.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.ArticleFieldLimits;
import io.tuopin.events.EventJson;
import io.tuopin.events.codec.DecodedText;
import io.tuopin.events.codec.TextDecoder;
import io.tuopin.events.codec.UndecodableTextException;
import io.tuopin.ingest.config.IngestConfig;
import io.tuopin.ingest.domain.ArticleMetadata;
import io.tuopin.ingest.domain.ArticleSubmission;
import io.tuopin.ingest.domain.BodyType;
import io.tuopin.ingest.domain.DecodedArticle;
import io.tuopin.ingest.domain.IngestRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a submission's bytes into a validated article, or rejects it with the reason. */
@ApplicationScoped
public class ArticleBodyReader {
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final Pattern HTML_TAG =
            Pattern.compile("<(html|body|p|div|article|section|br|h[1-6]|span|table)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final long maxBodyBytes;
    private final RegionHints regions;

    @Inject
    public ArticleBodyReader(IngestConfig config, RegionHints regions) {
        this(config.ingest().maxBodySize().asLongValue(), regions);
    }

    ArticleBodyReader(long maxBodyBytes, RegionHints regions) {
        this.maxBodyBytes = maxBodyBytes;
        this.regions = regions;
    }

    /** JSON body of {@code POST /articles}; unknown fields are ignored. */
    record ArticleJson(String title, String url, String source, String publishedAt, String region, String content) {
    }

    public DecodedArticle read(ArticleSubmission submission) {
        byte[] body = submission.body();
        if (body == null || body.length == 0) {
            throw IngestRejectedException.badRequest("empty-body", "Empty body", "the request has no content");
        }
        if (body.length > maxBodyBytes) {
            throw new IngestRejectedException(413, "body-too-large", "Body too large",
                    "the body has " + body.length + " bytes; the limit is " + maxBodyBytes);
        }
        DecodedText text = decode(submission);
        DecodedArticle article = submission.type() == BodyType.JSON
                ? fromJson(text, submission.metadata())
                : new DecodedArticle(text.text(), submission.type().mediaType(), text.charset(), submission.metadata());
        requireContent(article.content());
        return new DecodedArticle(article.content(), article.contentType(), article.charset(),
                validated(article.metadata()));
    }

    private static DecodedText decode(ArticleSubmission submission) {
        boolean json = submission.type() == BodyType.JSON;
        // RFC 8259: JSON exchanged between systems is UTF-8 unless the sender says otherwise
        String declared = json && isBlank(submission.declaredCharset())
                ? StandardCharsets.UTF_8.name() : submission.declaredCharset();
        try {
            return TextDecoder.decode(submission.body(), declared, submission.type() == BodyType.HTML);
        } catch (UndecodableTextException e) {
            String hint = json ? " (JSON is read as UTF-8 unless the Content-Type declares a charset)" : "";
            throw IngestRejectedException.badRequest("undecodable", "Undecodable text", e.getMessage() + hint);
        }
    }

    private static DecodedArticle fromJson(DecodedText text, ArticleMetadata fallback) {
        ArticleJson json = parseJson(text.text());
        String content = json.content();
        String type = content != null && HTML_TAG.matcher(content).find() ? "text/html" : "text/plain";
        ArticleMetadata metadata = new ArticleMetadata(json.title(), json.url(), json.source(), json.publishedAt(),
                json.region());
        return new DecodedArticle(content, type, text.charset(), metadata.orElse(fallback));
    }

    private static ArticleJson parseJson(String text) {
        try {
            ArticleJson json = JSON.readValue(text, ArticleJson.class);
            if (json == null) {
                throw IngestRejectedException.badRequest("invalid-json", "Invalid JSON", "the body is JSON null");
            }
            return json;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw IngestRejectedException.badRequest("invalid-json", "Invalid JSON",
                    "the body is not a JSON object with the article fields" + where + ": " + e.getOriginalMessage());
        }
    }

    private static void requireContent(String content) {
        if (content == null || content.isBlank()) {
            throw IngestRejectedException.badRequest("missing-content", "Missing content",
                    "the article has no content (JSON field 'content' is missing or blank, or the text is only whitespace)");
        }
        if (content.indexOf('\u0000') >= 0) {
            throw IngestRejectedException.badRequest("undecodable", "Undecodable text",
                    "the content contains NUL characters: this is a binary file, not text");
        }
    }

    private ArticleMetadata validated(ArticleMetadata metadata) {
        String publishedAt = metadata.publishedAt() == null ? null
                : PublishedDates.toIsoDate(metadata.publishedAt()).orElseThrow(() ->
                        IngestRejectedException.badRequest("invalid-published-at", "Invalid publishedAt",
                                "publishedAt '" + metadata.publishedAt() + "' is not a date like 2020-10-15"));
        String region = trimmed(metadata.region());
        return new ArticleMetadata(limited("title", trimmed(metadata.title()), ArticleFieldLimits.TITLE),
                limited("url", validUrl(metadata.url()), ArticleFieldLimits.URL),
                limited("source", trimmed(metadata.source()), ArticleFieldLimits.SOURCE), publishedAt,
                region == null ? null : regions.codeOf(region));
    }

    /** The article's source link is shown to readers as a link: only http and https, with a host. */
    private static String validUrl(String url) {
        String value = trimmed(url);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw IngestRejectedException.badRequest("invalid-url", "Invalid url",
                "url '" + shorten(value) + "' is not an absolute http or https address with a host");
    }

    private static String limited(String field, String value, int maxChars) {
        if (value != null && value.length() > maxChars) {
            throw IngestRejectedException.badRequest("field-too-long", "Field too long",
                    field + " has " + value.length() + " characters; at most " + maxChars + " are stored");
        }
        return value;
    }

    private static String shorten(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }

    private static String trimmed(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
