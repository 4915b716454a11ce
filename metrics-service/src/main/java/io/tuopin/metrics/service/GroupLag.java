package io.tuopin.metrics.service;

import java.util.List;

/** A consumer group's total lag and its partitions. */
public record GroupLag(String group, long lag, List<PartitionLag> partitions) {
}
