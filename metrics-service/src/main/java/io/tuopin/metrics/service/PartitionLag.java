package io.tuopin.metrics.service;

/** One partition of a group: committed offset (-1 when none), end offset, and the difference. */
public record PartitionLag(String topic, int partition, long committed, long end, long lag) {
}
