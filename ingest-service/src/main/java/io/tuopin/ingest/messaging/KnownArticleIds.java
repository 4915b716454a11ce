package io.tuopin.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article ids (and source addresses) already on {@code articles.raw}: filled by the read-back of
 * the topic and by this instance's own publications. No local state, so restarts and replicas agree.
 */
@ApplicationScoped
public class KnownArticleIds {
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final Set<String> urls = ConcurrentHashMap.newKeySet();

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean containsUrl(String url) {
        return url != null && urls.contains(url);
    }

    /** @param url the article's source address, or null */
    public void add(String id, String url) {
        ids.add(id);
        if (url != null && !url.isBlank()) {
            urls.add(url);
        }
    }

    /** A compaction tombstone removed the article from the topic. */
    public void remove(String id) {
        ids.remove(id);
    }

    public int size() {
        return ids.size();
    }
}
