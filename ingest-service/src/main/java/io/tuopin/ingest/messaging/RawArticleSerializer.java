package io.tuopin.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/** Writes {@link RawArticle} as UTF-8 JSON with the shared event settings. */
public class RawArticleSerializer implements Serializer<RawArticle> {

    @Override
    public byte[] serialize(String topic, RawArticle article) {
        if (article == null) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot serialise article " + article.id(), e);
        }
    }

    /** The size of the record value this serializer writes for the article. */
    static long sizeOf(RawArticle article) {
        return new RawArticleSerializer().serialize(null, article).length;
    }
}
