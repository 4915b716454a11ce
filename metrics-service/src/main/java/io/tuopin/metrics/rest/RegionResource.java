package io.tuopin.metrics.rest;

import io.tuopin.metrics.service.ObservationQueryService;
import io.tuopin.metrics.service.ObservationView;
import io.tuopin.metrics.service.PageResult;
import io.tuopin.metrics.service.RegionDetail;
import io.tuopin.metrics.service.RegionQueryService;
import io.tuopin.metrics.service.RegionSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions")
public class RegionResource {

    @Inject
    RegionQueryService regions;

    @Inject
    ObservationQueryService observations;

    @Inject
    RequestParams params;

    @GET
    @Operation(summary = "Search regions by name (full or short, simplified or traditional), code, or former name or"
            + " code; by default those that articles mention, with all=true the whole gazetteer; exact matches first")
    public PageResult<RegionSummary> search(@QueryParam("q") String q, @QueryParam("level") String level,
                                            @QueryParam("parent") String parent, @QueryParam("all") String all,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return regions.search(params.text(q), params.level(level), params.optionalCode("parent", parent),
                params.flag("all", all), params.page(page, size));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A region (any gazetteer code, or a former code): parents, latest stocks and rates with"
            + " alternatives, flows per period, children")
    public RegionDetail region(@PathParam("code") String code) {
        return regions.detail(params.code("code", code));
    }

    @GET
    @Path("/{code}/observations")
    @Operation(summary = "A region's time series with evidence, by period, then publication, then id")
    public PageResult<ObservationView> observations(@PathParam("code") String code,
                                                    @QueryParam("indicator") String indicator,
                                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        String validCode = params.code("code", code);
        String fromPeriod = params.period("from", from);
        String toPeriod = params.period("to", to);
        params.range(fromPeriod, toPeriod);
        return observations.series(validCode, params.indicator(indicator), fromPeriod, toPeriod,
                params.page(page, size));
    }
}
