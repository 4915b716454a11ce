package io.tuopin.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** metrics-service's read API, which serves the same paths as the gateway. Null query values are left out. */
@RegisterRestClient(configKey = "metrics")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface MetricsServiceClient {

    @GET
    @Path("/regions")
    Response regions(@RestQuery String q, @RestQuery String level, @RestQuery String parent, @RestQuery Boolean all,
                     @RestQuery Integer page, @RestQuery Integer size);

    @GET
    @Path("/regions/{code}")
    Response region(@RestPath String code);

    @GET
    @Path("/regions/{code}/observations")
    Response observations(@RestPath String code, @RestQuery String indicator, @RestQuery String from,
                          @RestQuery String to, @RestQuery Integer page, @RestQuery Integer size);

    @GET
    @Path("/indicators")
    Response indicators();

    @GET
    @Path("/articles")
    Response articles(@RestQuery String region, @RestQuery String q, @RestQuery Integer page, @RestQuery Integer size,
                      @RestQuery String after);

    @GET
    @Path("/articles/{id}")
    Response article(@RestPath String id);

    @GET
    @Path("/status")
    Response status();
}
