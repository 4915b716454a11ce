package io.tuopin.ingest.domain;

import java.net.URI;

/**
 * A feed to poll.
 *
 * @param regionCode the code of the region its articles are about (validated at start), or null
 */
public record FeedSource(URI url, String regionCode) {
}
