package io.tuopin.metrics.rest;

import io.tuopin.metrics.service.ObservationQueryService;
import io.tuopin.metrics.service.ObservationView;
import io.tuopin.metrics.service.PageResult;
import io.tuopin.metrics.service.RegionDetail;
import io.tuopin.metrics.service.RegionQueryService;
import io.tuopin.metrics.service.RegionSummary;
import io.tuopin.events.validation.IndicatorKey;
import io.tuopin.events.validation.Period;
import io.tuopin.events.validation.RegionCode;
import io.tuopin.events.validation.RegionLevel;
import jakarta.validation.constraints.NotBlank;
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

    private final RegionQueryService regions;
    private final ObservationQueryService observations;
    private final RequestParams params;

    public RegionResource(RegionQueryService regions, ObservationQueryService observations, RequestParams params) {
        this.regions = regions;
        this.observations = observations;
        this.params = params;
    }

    @GET
    @Operation(summary = "Search regions by name (full or short, simplified or traditional), code, or former name or"
            + " code; by default those that articles mention, with all=true the whole gazetteer; exact matches first")
    public PageResult<RegionSummary> search(@QueryParam("q") String q, @QueryParam("level") @RegionLevel String level,
                                            @QueryParam("parent") @RegionCode String parent, @QueryParam("all") String all,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return regions.search(params.text(q), RequestParams.optional(level), RequestParams.optional(parent),
                params.flag("all", all), params.page(page, size));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A region (any gazetteer code, or a former code): parents, latest stocks and rates with"
            + " alternatives, flows per period, children")
    public RegionDetail region(@PathParam("code") @NotBlank @RegionCode String code) {
        return regions.detail(code);
    }

    @GET
    @Path("/{code}/observations")
    @Operation(summary = "A region's time series with evidence, by period, then publication, then id")
    public PageResult<ObservationView> observations(@PathParam("code") @NotBlank @RegionCode String code,
                                                    @QueryParam("indicator") @IndicatorKey String indicator,
                                                    @QueryParam("from") @Period String from,
                                                    @QueryParam("to") @Period String to,
                                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        String fromPeriod = RequestParams.optional(from);
        String toPeriod = RequestParams.optional(to);
        params.range(fromPeriod, toPeriod);
        return observations.series(code, RequestParams.optional(indicator), fromPeriod, toPeriod,
                params.page(page, size));
    }
}
