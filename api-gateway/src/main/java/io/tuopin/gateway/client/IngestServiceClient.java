package io.tuopin.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service's article intake; the body is sent as the exact bytes the client posted. */
@RegisterRestClient(configKey = "ingest")
public interface IngestServiceClient {

    @POST
    @Path("/articles")
    @Consumes(MediaType.WILDCARD)
    Response post(@HeaderParam("Content-Type") String contentType, @HeaderParam("X-API-Key") String apiKey,
                  byte[] body);
}
