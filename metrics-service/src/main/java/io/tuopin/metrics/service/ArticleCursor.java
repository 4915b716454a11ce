package io.tuopin.metrics.service;

import io.tuopin.metrics.repository.ArticleRepository.ListPosition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code next}/{@code after} token of article lists: the last article of a page (publication
 * date and id, the list's order), base64url-encoded so that clients treat it as opaque.
 */
public final class ArticleCursor {
    private static final Pattern POSITION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?\\|([0-9a-f]{32})");

    private ArticleCursor() {
    }

    public static String encode(ListPosition position) {
        String plain = (position.publishedAt() == null ? "" : position.publishedAt()) + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the token is not one this service made. */
    public static Optional<ListPosition> decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            Matcher matcher = POSITION.matcher(plain);
            return matcher.matches() ? Optional.of(new ListPosition(matcher.group(1), matcher.group(2))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
