package io.tuopin.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A new observation on its way to stream clients.
 *
 * @param regionCode the code to filter on: the region's own, or for a village (no code) its parent's
 * @param json       the observation flattened with its article's id, as clients receive it
 */
public record LiveObservation(String id, String regionCode, String indicator, ObjectNode json) {
}
