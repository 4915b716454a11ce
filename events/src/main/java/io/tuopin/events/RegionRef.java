package io.tuopin.events;

/**
 * A region as referenced from an article, entity or observation.
 *
 * @param code  6-digit GB/T 2260 code (province to county), 9-digit code (township), 12-digit code (a
 *              village of the village list), null for a village the list lacks
 * @param name  current official full name, e.g. 汾西县
 * @param level {@code province}, {@code prefecture}, {@code county}, {@code township} or {@code village}
 */
public record RegionRef(String code, String name, String level) {
}
