package io.tuopin.nlp.messaging;

import io.tuopin.events.ArticleIds;
import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.nlp.hostile.HostileCorpus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Hostile corpus items as articles.raw records on the test broker. */
final class HostileArticles {
    /** What the broker takes by default (message.max.bytes, max.request.size): 1 MB with headers and key. */
    static final int MAX_RECORD_BYTES = 1_000_000;

    record Sent(String id, String value) {
    }

    private HostileArticles() {
    }

    static String value(HostileCorpus.Item item) throws Exception {
        String id = ArticleIds.of(item.content());
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, null, null, "hostile", "2020-01-10",
                item.html() ? "text/html" : "text/plain", item.content(), "test", "UTF-8", Instant.now());
        return EventJson.mapper().writeValueAsString(raw);
    }

    static boolean fitsARecord(HostileCorpus.Item item) throws Exception {
        return value(item).getBytes(StandardCharsets.UTF_8).length < MAX_RECORD_BYTES;
    }

    static Sent send(TopicProbe kafka, HostileCorpus.Item item) throws Exception {
        String id = ArticleIds.of(item.content());
        String value = value(item);
        kafka.send(Topics.ARTICLES_RAW, id, value);
        return new Sent(id, value);
    }
}
