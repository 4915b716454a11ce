package io.tuopin.metrics.service;

/** A validated page request (0-based page, 1..max size). */
public record PageRequest(int page, int size) {
}
