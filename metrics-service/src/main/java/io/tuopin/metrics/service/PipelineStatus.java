package io.tuopin.metrics.service;

import java.util.List;

/** {@code kafka}: {@code up} or {@code unavailable} (then {@code detail} says why and groups is empty). */
public record PipelineStatus(String kafka, String detail, List<GroupLag> groups) {
}
