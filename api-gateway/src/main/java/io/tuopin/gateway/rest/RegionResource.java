package io.tuopin.gateway.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.events.validation.IndicatorKey;
import io.tuopin.events.validation.Period;
import io.tuopin.events.validation.RegionCode;
import io.tuopin.events.validation.RegionLevel;
import jakarta.validation.constraints.NotBlank;
import io.tuopin.gateway.service.MetricsReads;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/regions")
@Tag(name = "Regions", description = "Regions (GB/T 2260 codes, 9-digit townships, 12-digit villages), their latest figures and time series")
public class RegionResource {
    private final MetricsReads metrics;
    private final UpstreamRelay relay;

    public RegionResource(MetricsReads metrics, UpstreamRelay relay) {
        this.metrics = metrics;
        this.relay = relay;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search regions",
            description = "By name (full or short, simplified or traditional) or by code, old codes included. By default "
                    + "only the regions that articles mention; all=true searches the whole gazetteer. Sorted stably.")
    @APIResponse(responseCode = "200", description = "A page of regions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "county",
                    value = ApiExamples.REGION_PAGE)))
    public Response search(
            @Parameter(description = "name or code to search for (at most 64 characters)", example = "汾西") @RestQuery String q,
            @Parameter(description = "province, prefecture, county, township or village", example = "county") @RestQuery @RegionLevel String level,
            @Parameter(description = "only direct sub-regions of this code", example = "141000") @RestQuery @RegionCode String parent,
            @Parameter(description = "true: the whole gazetteer, not only regions with articles", example = "false") @RestQuery String all,
            @BeanParam PageParams paging,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String query = RequestParams.text("q", q);
        String levelName = RequestParams.optional(level);
        String parentCode = RequestParams.optional(parent);
        Boolean whole = RequestParams.flag("all", all);
        Integer pageNumber = paging.page();
        Integer pageSize = paging.size();
        return relay.json(metrics.read(client -> client.regions(query, levelName, parentCode, whole, pageNumber, pageSize)),
                ifNoneMatch);
    }

    @GET
    @Path("/{code}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "One region",
            description = "Its parent chain, sub-regions, the latest value per stock or rate indicator (with conflicting "
                    + "alternatives) and the number of articles. With format=csv or Accept: text/csv: the region's table "
                    + "(its own and each sub-region's latest values, one row each).")
    @APIResponse(responseCode = "200", description = "The region",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "county",
                    value = ApiExamples.REGION)), @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response region(
            @Parameter(description = "6-digit GB/T 2260 code, 9-digit township code or 12-digit village code", example = "141034") @RestPath @NotBlank @RegionCode String code,
            @Parameter(description = "json (default) or csv", example = "json") @RestQuery String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String regionCode = code;
        boolean csv = RequestParams.csvWanted(format, accept);
        var reply = metrics.read(client -> client.region(regionCode));
        return csv ? relay.csv(reply, ifNoneMatch, CsvTables::regionTable, "region-" + regionCode + ".csv")
                : relay.json(reply, ifNoneMatch);
    }

    @GET
    @Path("/{code}/observations")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Time series of a region",
            description = "Observations with their evidence and article, filtered by indicator and period. With "
                    + "format=csv or Accept: text/csv: the same page as CSV.")
    @APIResponse(responseCode = "200", description = "A page of observations",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "incidence",
                    value = ApiExamples.OBSERVATIONS)),
                @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = ApiExamples.SERIES_CSV))})
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response observations(
            @Parameter(description = "6-, 9- or 12-digit region code", example = "141034") @RestPath @NotBlank @RegionCode String code,
            @Parameter(description = "indicator key", example = "poverty_incidence") @RestQuery @IndicatorKey String indicator,
            @Parameter(description = "first period, YYYY, YYYY-MM or YYYY-MM-DD", example = "2014") @RestQuery @Period String from,
            @Parameter(description = "last period, YYYY, YYYY-MM or YYYY-MM-DD", example = "2020-12") @RestQuery @Period String to,
            @BeanParam PageParams paging,
            @Parameter(description = "json (default) or csv", example = "csv") @RestQuery String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String regionCode = code;
        String key = RequestParams.optional(indicator);
        String first = RequestParams.optional(from);
        String last = RequestParams.optional(to);
        RequestParams.ordered(first, last);
        Integer pageNumber = paging.page();
        Integer pageSize = paging.size();
        boolean csv = RequestParams.csvWanted(format, accept);
        var reply = metrics.read(client -> client.observations(regionCode, key, first, last, pageNumber, pageSize));
        return csv ? relay.csv(reply, ifNoneMatch, CsvTables::timeSeries, "observations-" + regionCode + ".csv")
                : relay.json(reply, ifNoneMatch);
    }
}
