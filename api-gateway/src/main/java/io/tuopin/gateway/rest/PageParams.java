package io.tuopin.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The page and size query parameters of every listing, checked at the edge. */
public class PageParams {
    @RestQuery
    @Parameter(description = "page number from 0", example = "0")
    String page;

    @RestQuery
    @Parameter(description = "page size, 1 to 200", example = "20")
    String size;

    Integer page() {
        return RequestParams.page(page);
    }

    Integer size() {
        return RequestParams.size(size);
    }
}
