package io.tuopin.kafka.support;

import org.apache.kafka.common.KafkaException;

/** The topic to read has no partitions: it does not exist, or not yet (topics are created by their own job). */
public class TopicMissingException extends KafkaException {
    public TopicMissingException(String topic) {
        super("topic " + topic + " does not exist (yet)");
    }
}
